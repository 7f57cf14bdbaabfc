/**
 * The one quagga2 configuration every camera decode uses: the live camera scanner in the cashier
 * app, `npm run scan` on still images and the decoding benchmark. Only the symbologies on retail
 * goods are read (EAN-13, EAN-8, UPC-A, UPC-E, Code 128): each extra reader costs time on every
 * frame and is one more way to misread.
 */
import type { QuaggaJSCodeReader, QuaggaJSConfigObject } from '@ericblade/quagga2';

export const CAMERA_READERS: QuaggaJSCodeReader[] = ['ean_reader', 'ean_8_reader', 'upc_reader', 'upc_e_reader', 'code_128_reader'];

/** Frames are processed at 640 px on their longer side (a 640×480 camera frame as it comes). */
export const FRAME_SIZE = 640;

export const decoderConfig: QuaggaJSConfigObject = {
  locate: true,
  numOfWorkers: 0,
  inputStream: { size: FRAME_SIZE },
  locator: { patchSize: 'medium', halfSample: true },
  decoder: { readers: CAMERA_READERS },
};
