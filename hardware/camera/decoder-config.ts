/**
 * The quagga2 configuration every camera decode starts from: the live camera scanner in the cashier
 * app decodes each frame with it once, `npm run scan` and the benchmarks decode a still image with
 * several passes that vary its scale and locator (STILL_PASSES). Only the symbologies on retail
 * goods are read (EAN-13, EAN-8, UPC-A, UPC-E, Code 128): each extra reader costs time on every
 * frame and is one more way to misread.
 */
import type { QuaggaJSCodeReader, QuaggaJSConfigObject, QuaggaJSResultObject } from '@ericblade/quagga2';
import type { CameraRead } from './read-confirmer';

export const CAMERA_READERS: QuaggaJSCodeReader[] = [
  'ean_reader',
  'ean_8_reader',
  'upc_reader',
  'upc_e_reader',
  'code_128_reader',
];

/** Frames are processed at 640 px on their longer side (a 640×480 camera frame as it comes). */
export const FRAME_SIZE = 640;

export const decoderConfig: QuaggaJSConfigObject = {
  locate: true,
  numOfWorkers: 0,
  inputStream: { size: FRAME_SIZE },
  // Large patches find a product's barcode held close to the camera, as at a counter, and are faster.
  locator: { patchSize: 'large', halfSample: true },
  decoder: { readers: CAMERA_READERS },
};

/**
 * The most a read's characters may differ on average from their ideal bar patterns. Blurred
 * frames make the EAN-8 and UPC-E readers return wrong codes whose check digit happens to fit;
 * those reads match their patterns badly (mean error 0.11–0.17 in our generated frames and in real
 * photos of EAN-13 codes, where right reads stay under 0.1), so they are dropped before they can be
 * confirmed.
 */
export const MAX_MEAN_ERROR = 0.1;
/**
 * The limit for EAN-13 and UPC-A reads of a still image, whose passes vote: on blurred real photos
 * these reads are often right up to 0.15, and the vote rejects the wrong ones among them.
 */
export const MAX_MEAN_ERROR_VOTED = 0.15;

const SHORT_FORMATS = new Set(['ean_8', 'upc_e']);

/** What a quagga2 result read, or null when it read nothing or too uncertainly. */
export function readOf(result: QuaggaJSResultObject | undefined, longCodeLimit = MAX_MEAN_ERROR): CameraRead | null {
  const codeResult = result?.codeResult;
  if (!codeResult?.code) return null;
  const errors = (codeResult.decodedCodes ?? []).flatMap((c) =>
    'error' in c && typeof c.error === 'number' ? [c.error] : [],
  );
  const meanError = errors.length === 0 ? 0 : errors.reduce((a, b) => a + b, 0) / errors.length;
  if (meanError > (SHORT_FORMATS.has(codeResult.format) ? MAX_MEAN_ERROR : longCodeLimit)) return null;
  return { code: codeResult.code, format: codeResult.format };
}

/** One way of decoding a still image: the scale it is processed at and how the locator looks for bars. */
export interface DecoderPass {
  size: number;
  patchSize: 'x-small' | 'small' | 'medium' | 'large' | 'x-large';
  halfSample: boolean;
}

/** The live configuration as a still-image pass. */
export const FRAME_PASS: DecoderPass = { size: FRAME_SIZE, patchSize: 'large', halfSample: true };

/** The quagga2 configuration of one pass over a still image. */
export function passConfig(pass: DecoderPass): QuaggaJSConfigObject {
  return {
    ...decoderConfig,
    inputStream: { ...decoderConfig.inputStream, size: pass.size },
    locator: { patchSize: pass.patchSize, halfSample: pass.halfSample },
  };
}
