/**
 * The second decoder, beside quagga2, of still images and of live frames quagga2 read nothing in:
 * ZXing's 1D readers (the JS port), which read many blurred photos quagga2 misses and miss many
 * rotated ones it reads. Free of Node, like luminance.ts. Only EAN-13 and UPC-A: on real photos
 * ZXing's EAN-8 and UPC-E readers find wrong 8-digit codes inside longer ones whose check digit
 * fits, sometimes the same wrong code in two passes, where the vote cannot catch them.
 */
import {
  BarcodeFormat,
  BinaryBitmap,
  ChecksumException,
  DecodeHintType,
  FormatException,
  HybridBinarizer,
  MultiFormatOneDReader,
  NotFoundException,
  RGBLuminanceSource,
} from '@zxing/library';
import { columns, rotated, scaled, sharpened, stretched, type LuminanceImage } from './luminance';
import { hasValidCheck, type CameraRead } from './read-confirmer';

/**
 * A ZXing pass: the image turned by `rotate` degrees, its contrast stretched or not, sharpened by
 * `sharpen`, scaled by `scale`, and cut to the columns between the fractions `columns` of its width;
 * `everyRow` scans every row (ZXing's "try harder"), not 15 around the middle: it finds more, but an
 * image with no code in it then costs tens of times as long.
 */
export interface ZxingPass {
  everyRow: boolean;
  rotate: number;
  stretch: boolean;
  sharpen: number;
  scale: number;
  columns: readonly [number, number];
}

/** A pass with the given changes to the image, and none other. */
export function zxingPass(changes: Partial<ZxingPass>): ZxingPass {
  return { everyRow: true, rotate: 0, stretch: false, sharpen: 0, scale: 1, columns: [0, 1], ...changes };
}

/**
 * The pass the live camera runs on a frame quagga2 read nothing in, which is most frames while no
 * product is in view: the frame as it is, 15 rows, so an empty frame costs a few milliseconds. A
 * wrong read here is not accepted unless the next frame repeats it (ReadConfirmer).
 */
export const FRAME_ZXING_PASS = zxingPass({ everyRow: false });

/**
 * A live frame's read: quagga2's when it has a valid check digit, otherwise what FRAME_ZXING_PASS
 * reads in the frame's pixels (taken only then, as they cost a copy of the frame).
 */
export function frameRead(quaggaRead: CameraRead | null, pixels: () => LuminanceImage | null): CameraRead | null {
  if (quaggaRead && hasValidCheck(quaggaRead)) return quaggaRead;
  const image = pixels();
  return image ? readWithZxing(image, FRAME_ZXING_PASS) : null;
}

const middleRows = new Map<DecodeHintType, unknown>([
  [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.EAN_13, BarcodeFormat.UPC_A]],
]);
const everyRow = new Map([...middleRows, [DecodeHintType.TRY_HARDER, true]]);
const reader = new MultiFormatOneDReader(middleRows);

/** What ZXing reads in the image as the pass changes it (scanning rows, in both directions), or null. */
export function readWithZxing(original: LuminanceImage, pass: ZxingPass = zxingPass({})): CameraRead | null {
  const image = transformed(original, pass);
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.data, image.width, image.height)));
  try {
    const result = reader.decode(bitmap, pass.everyRow ? everyRow : middleRows);
    return { code: result.getText(), format: result.getBarcodeFormat() === BarcodeFormat.UPC_A ? 'upc_a' : 'ean_13' };
  } catch (error) {
    // ZXing reports "nothing found" (and a found code that fails its checks) by throwing.
    if (error instanceof NotFoundException || error instanceof ChecksumException || error instanceof FormatException)
      return null;
    throw error;
  } finally {
    reader.reset();
  }
}

function transformed(image: LuminanceImage, pass: ZxingPass): LuminanceImage {
  const turned = rotated(image, pass.rotate);
  const [from, to] = pass.columns;
  return columns(scaled(sharpened(pass.stretch ? stretched(turned) : turned, pass.sharpen), pass.scale), from, to);
}
