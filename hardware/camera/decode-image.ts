/**
 * Decodes a still image (a PNG or JPEG file, or its bytes) in Node: the decoder passes of
 * STILL_PASSES in turn, quagga2's and ZXing's, their reads put to the vote (vote.ts). Most photos
 * are settled by the first two passes; a blurred, small, rotated or curved code takes more.
 */
import { readFile } from 'node:fs/promises';
import Quagga from '@ericblade/quagga2';
import sharp from 'sharp';
import {
  FRAME_PASS,
  MAX_MEAN_ERROR,
  MAX_MEAN_ERROR_VOTED,
  passConfig,
  readOf,
  type DecoderPass,
} from './decoder-config';
import { luminanceOf, type LuminanceImage } from './luminance';
import { hasValidCheck, type CameraRead } from './read-confirmer';
import { Ballot } from './vote';
import { frameRead, readWithZxing, zxingPass, type ZxingPass } from './zxing-read';

export interface ImageDecode {
  read: CameraRead | null;
  ms: number;
}

export type StillPass = ({ decoder: 'quagga' } & DecoderPass) | ({ decoder: 'zxing' } & ZxingPass);

const zxing = (changes: Partial<ZxingPass>): StillPass => ({ decoder: 'zxing', ...zxingPass(changes) });
const quagga = (pass: DecoderPass): StillPass => ({ decoder: 'quagga', ...pass });

/**
 * The passes over a still image, in the order they run. ZXing's come first: a pass takes it about
 * 20 ms where quagga2 takes 80–150, and on blurred photos it reads what quagga2 misses. They look at
 * the image larger and smaller, sharpened, with more contrast, slightly turned and in part; quagga2's
 * (the live camera's first) vary the scale and the locator's patches and find rotated and curved
 * codes ZXing misses; the quarter-turned ZXing passes last read codes printed upright.
 *
 * Chosen on the `tune` half of tests/fixtures/barcode-photos: every ZXing variant surveyed that
 * misread none of its photos, most reads first (plain ZXing at the image's own size misread one and
 * is left out), and quagga2's passes as before.
 */
export const STILL_PASSES: readonly StillPass[] = [
  zxing({ sharpen: 1, scale: 1.5 }),
  zxing({ sharpen: 0.5, scale: 1.5 }),
  zxing({ sharpen: 1, scale: 2 }),
  zxing({ scale: 1.5 }),
  zxing({ scale: 1.25 }),
  zxing({ stretch: true, scale: 1.5 }),
  zxing({ scale: 2 }),
  zxing({ scale: 0.75 }),
  zxing({ scale: 0.9 }),
  zxing({ sharpen: 1 }),
  zxing({ rotate: -8 }),
  zxing({ scale: 1.5, columns: [0.1, 0.9] }),
  zxing({ scale: 1.5, columns: [0.3, 1] }),
  zxing({ scale: 1.5, columns: [0, 0.7] }),
  quagga(FRAME_PASS),
  quagga({ size: 800, patchSize: 'medium', halfSample: true }),
  quagga({ size: 1024, patchSize: 'medium', halfSample: true }),
  quagga({ size: 640, patchSize: 'medium', halfSample: false }),
  quagga({ size: 1024, patchSize: 'small', halfSample: true }),
  quagga({ size: 480, patchSize: 'medium', halfSample: false }),
  zxing({ rotate: 90 }),
  zxing({ rotate: 90, scale: 1.5 }),
  zxing({ rotate: 90, scale: 0.75 }),
];

/** quagga2 never settles when it cannot decode the pixels, so a broken image fails after this. */
const GIVE_UP_MS = 5000;

/** Decodes a still image with the passes (STILL_PASSES unless told) put to the vote. */
export async function decodeImage(
  src: string | Uint8Array,
  passes: readonly StillPass[] = STILL_PASSES,
): Promise<ImageDecode> {
  const image = await load(src);
  const started = performance.now();
  const ballot = new Ballot();
  let pixels: LuminanceImage | undefined;
  for (const pass of passes) {
    if (pass.decoder === 'quagga') ballot.add(await decodePass(image, pass, MAX_MEAN_ERROR_VOTED));
    else ballot.add(readWithZxing((pixels ??= await luminance(image.bytes)), pass));
    if (ballot.settled()) break;
  }
  return { read: ballot.winner(), ms: performance.now() - started };
}

/**
 * Decodes an image as the live camera decodes one frame: quagga2's pass, and ZXing's when quagga2
 * read nothing (frameRead; `zxing: false` leaves it out); no vote, the live scanner's ReadConfirmer
 * makes consecutive frames agree instead.
 */
export async function decodeFrame(src: string | Uint8Array, { zxing = true } = {}): Promise<ImageDecode> {
  const image = await load(src);
  const started = performance.now();
  const quaggaRead = await decodePass(image, FRAME_PASS, MAX_MEAN_ERROR);
  const pixels = zxing && !(quaggaRead && hasValidCheck(quaggaRead)) ? await luminance(image.bytes) : null;
  const read = frameRead(quaggaRead, () => pixels);
  return { read, ms: performance.now() - started };
}

interface LoadedImage {
  bytes: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
  dataUrl: string;
}

async function load(src: string | Uint8Array): Promise<LoadedImage> {
  const bytes = typeof src === 'string' ? await readFile(src) : src;
  const mime = imageType(bytes);
  if (!mime) throw new Error('not a PNG or JPEG image');
  // In Node quagga2 loads only paths and data URLs, and takes a data URL's type from the config.
  return { bytes, mime, dataUrl: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}` };
}

async function decodePass(image: LoadedImage, pass: DecoderPass, longCodeLimit: number): Promise<CameraRead | null> {
  const config = passConfig(pass);
  const result = await withDeadline(
    Quagga.decodeSingle({ ...config, inputStream: { ...config.inputStream, mime: image.mime }, src: image.dataUrl }),
  );
  return readOf(result, longCodeLimit);
}

async function luminance(bytes: Uint8Array): Promise<LuminanceImage> {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return luminanceOf(data, info.width, info.height);
}

async function withDeadline<T>(decoding: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('image could not be decoded')), GIVE_UP_MS);
  });
  return Promise.race([decoding, giveUp]).finally(() => clearTimeout(timer));
}

function imageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  return null;
}
