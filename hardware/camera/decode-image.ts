/**
 * Decodes a still image (a PNG or JPEG file, or its bytes) in Node: the decoder passes of
 * STILL_PASSES in turn, their reads put to the vote (vote.ts). Most photos are settled by the
 * first two passes; a blurred, small or curved code takes more.
 */
import { readFile } from 'node:fs/promises';
import Quagga from '@ericblade/quagga2';
import { FRAME_PASS, MAX_MEAN_ERROR, MAX_MEAN_ERROR_VOTED, passConfig, readOf, type DecoderPass } from './decoder-config';
import type { CameraRead } from './read-confirmer';
import { Ballot } from './vote';

export interface ImageDecode {
  read: CameraRead | null;
  ms: number;
}

/**
 * The passes over a still image, in the order they run. The first is the live camera's; the others
 * look at the image larger and smaller, with finer locator patches and without half-sampling, each
 * of which finds codes the others miss on real photos. Chosen on the `tune` half of
 * tests/fixtures/barcode-photos; more passes (sharpened images, other patch sizes) read no more
 * there and took longer.
 */
export const STILL_PASSES: readonly DecoderPass[] = [
  FRAME_PASS,
  { size: 800, patchSize: 'medium', halfSample: true },
  { size: 1024, patchSize: 'medium', halfSample: true },
  { size: 640, patchSize: 'medium', halfSample: false },
  { size: 1024, patchSize: 'small', halfSample: true },
  { size: 480, patchSize: 'medium', halfSample: false },
];

/** quagga2 never settles when it cannot decode the pixels, so a broken image fails after this. */
const GIVE_UP_MS = 5000;

/** Decodes a still image with the passes of STILL_PASSES put to the vote. */
export async function decodeImage(src: string | Uint8Array): Promise<ImageDecode> {
  const image = await load(src);
  const started = performance.now();
  const ballot = new Ballot();
  for (const pass of STILL_PASSES) {
    ballot.add(await decodePass(image, pass, MAX_MEAN_ERROR_VOTED));
    if (ballot.settled()) break;
  }
  return { read: ballot.winner(), ms: performance.now() - started };
}

/**
 * Decodes an image as the live camera decodes one frame: one pass, no vote (the live scanner's
 * ReadConfirmer makes consecutive frames agree instead).
 */
export async function decodeFrame(src: string | Uint8Array): Promise<ImageDecode> {
  const image = await load(src);
  const started = performance.now();
  const read = await decodePass(image, FRAME_PASS, MAX_MEAN_ERROR);
  return { read, ms: performance.now() - started };
}

interface LoadedImage {
  mime: 'image/png' | 'image/jpeg';
  dataUrl: string;
}

async function load(src: string | Uint8Array): Promise<LoadedImage> {
  const bytes = typeof src === 'string' ? await readFile(src) : src;
  const mime = imageType(bytes);
  if (!mime) throw new Error('not a PNG or JPEG image');
  // In Node quagga2 loads only paths and data URLs, and takes a data URL's type from the config.
  return { mime, dataUrl: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}` };
}

async function decodePass(image: LoadedImage, pass: DecoderPass, longCodeLimit: number): Promise<CameraRead | null> {
  const config = passConfig(pass);
  const result = await withDeadline(Quagga.decodeSingle({ ...config, inputStream: { ...config.inputStream, mime: image.mime }, src: image.dataUrl }));
  return readOf(result, longCodeLimit);
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
