/**
 * The second decoder of still images: ZXing's 1D readers (the JS port), which read many blurred
 * photos quagga2 misses and miss many rotated ones it reads. Only EAN-13 and UPC-A: on real photos
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
import type { LuminanceImage } from './luminance';
import type { CameraRead } from './read-confirmer';

const hints = new Map<DecodeHintType, unknown>([
  [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.EAN_13, BarcodeFormat.UPC_A]],
  // Scan every few rows of the image, not only a handful around its middle.
  [DecodeHintType.TRY_HARDER, true],
]);
const reader = new MultiFormatOneDReader(hints);

/** What ZXing reads in the image (scanning rows, in both directions), or null. */
export function readWithZxing(image: LuminanceImage): CameraRead | null {
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.data, image.width, image.height)));
  try {
    const result = reader.decode(bitmap, hints);
    return { code: result.getText(), format: result.getBarcodeFormat() === BarcodeFormat.UPC_A ? 'upc_a' : 'ean_13' };
  } catch (error) {
    // ZXing reports "nothing found" (and a found code that fails its checks) by throwing.
    if (error instanceof NotFoundException || error instanceof ChecksumException || error instanceof FormatException) return null;
    throw error;
  } finally {
    reader.reset();
  }
}
