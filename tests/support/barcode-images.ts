/**
 * Camera images for tests and benchmarks. Frames made at test time: retail codes rendered with
 * bwip-js, then put through what a cheap webcam at a shop counter does to them with sharp: rotated,
 * seen in perspective, blurred, dimmed and noisy, as 640×480 PNG frames, seeded so a run is
 * repeatable. And real photographs (tests/fixtures/barcode-photos), with their expected codes.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import bwipjs from 'bwip-js/node';
import sharp from 'sharp';
import { z } from 'zod';
import { expandUpcE, withCheckDigit } from '#domain/catalog/barcode';
import type { ImageDecode } from '#hardware/camera/decode-image';
import { productKey } from '#hardware/camera/vote';

export const FRAME_WIDTH = 640;
export const FRAME_HEIGHT = 480;

export interface BarcodeSample {
  /** bwip-js symbology. */
  bcid: 'ean13' | 'ean8' | 'upca' | 'upce' | 'code128';
  text: string;
}

export interface Distortion {
  /** Share of the frame width the symbol takes. */
  width: number;
  rotateDeg: number;
  /** How far each corner moves inward, as a share of the frame: 0 is straight on. */
  perspective: number;
  blurSigma: number;
  /** 1 is as rendered; 0.5 halves every pixel. */
  brightness: number;
  noiseSigma: number;
}

export const CLEAN: Distortion = {
  width: 0.6,
  rotateDeg: 0,
  perspective: 0,
  blurSigma: 0,
  brightness: 1,
  noiseSigma: 0,
};

/** mulberry32: a small seeded generator, so every run makes the same frames. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const digits = (rand: () => number, n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');

/** The codes a shop sees: Indonesian (899) and in-store (20–29) EAN-13, EAN-8, UPC-A, UPC-E, Code 128. */
export function sampleCodes(count: number, seed: number): BarcodeSample[] {
  const rand = random(seed);
  const makers: Array<() => BarcodeSample> = [
    () => ({ bcid: 'ean13', text: withCheckDigit(`899${digits(rand, 9)}`) }),
    () => ({ bcid: 'ean13', text: withCheckDigit(`2${Math.floor(rand() * 10)}${digits(rand, 10)}`) }),
    () => ({ bcid: 'ean8', text: withCheckDigit(digits(rand, 7)) }),
    () => ({ bcid: 'upca', text: withCheckDigit(`0${digits(rand, 11)}`).slice(1) }),
    () => ({ bcid: 'upce', text: upcE(rand) }),
    () => ({ bcid: 'code128', text: `NTT${String.fromCharCode(65 + Math.floor(rand() * 26))}${digits(rand, 4)}` }),
  ];
  return Array.from({ length: count }, (_, i) => makers[i % makers.length]!());
}

/** A UPC-E code (number system 0) whose expansion has a valid check digit. */
function upcE(rand: () => number): string {
  const body = `${digits(rand, 5)}${Math.floor(rand() * 3)}`; // last digit 0–2: manufacturer code form
  const upcA = `0${body[0]}${body[1]}${body[5]}0000${body[2]}${body[3]}${body[4]}`;
  return `0${body}${withCheckDigit(`0${upcA}`).at(-1)}`;
}

/** A spread of camera conditions, drawn per frame. */
export function distortionFor(rand: () => number): Distortion {
  const between = (lo: number, hi: number) => lo + rand() * (hi - lo);
  return {
    width: between(0.55, 0.8),
    rotateDeg: between(-20, 20),
    perspective: between(0, 0.12),
    blurSigma: between(0.3, 1.4),
    brightness: between(0.45, 1),
    noiseSigma: between(2, 12),
  };
}

/**
 * Whether a decoded code is the sample's: equal as GTINs (a UPC-A read by the EAN-13 reader comes
 * back with a leading 0, a UPC-E compares as its UPC-A expansion), or equal text for Code 128.
 */
export function isSameCode(sample: BarcodeSample, code: string): boolean {
  if (sample.bcid === 'code128') return code === sample.text;
  const gtin = (c: string) =>
    c.length === 8 && sample.bcid === 'upce' ? `0${expandUpcE(c)}` : c.length === 12 ? `0${c}` : c;
  return gtin(code) === gtin(sample.text);
}

/**
 * One 640×480 greyscale PNG frame of the sample under the distortion. Frames of one scene (same
 * `sceneSeed`) differ only in their sensor noise, like consecutive frames of a steady hand.
 */
export async function renderFrame(
  sample: BarcodeSample,
  distortion: Distortion,
  sceneSeed: number,
  frame = 0,
): Promise<Buffer> {
  const symbol = await bwipjs.toBuffer({
    bcid: sample.bcid,
    text: sample.text,
    scale: 4,
    height: 12,
    includetext: true,
    paddingwidth: 12,
    paddingheight: 8,
    backgroundcolor: 'FFFFFF',
  });
  const targetWidth = Math.round(FRAME_WIDTH * distortion.width);
  const resized = await sharp(symbol).resize({ width: targetWidth }).greyscale().toBuffer({ resolveWithObject: true });
  const rand = random(sceneSeed);
  const background = Math.round(190 + rand() * 50);
  const left = Math.round((FRAME_WIDTH - resized.info.width) * (0.3 + rand() * 0.4));
  const top = Math.max(0, Math.round((FRAME_HEIGHT - resized.info.height) * (0.3 + rand() * 0.4)));
  const fill = { r: background, g: background, b: background };
  // sharp composites after rotating within one pipeline, so the scene is laid out first.
  const flat = await sharp({ create: { width: FRAME_WIDTH, height: FRAME_HEIGHT, channels: 3, background: fill } })
    .composite([{ input: resized.data, left, top }])
    .png()
    .toBuffer();
  const scene = await sharp(flat)
    .rotate(distortion.rotateDeg, { background: fill })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const cropped = await sharp(scene.data, { raw: { width: scene.info.width, height: scene.info.height, channels: 1 } })
    .extract({
      left: Math.floor((scene.info.width - FRAME_WIDTH) / 2),
      top: Math.floor((scene.info.height - FRAME_HEIGHT) / 2),
      width: FRAME_WIDTH,
      height: FRAME_HEIGHT,
    })
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  const warped = warpPerspective(cropped, distortion.perspective, rand, background);
  const blurred = await sharp(warped, { raw: { width: FRAME_WIDTH, height: FRAME_HEIGHT, channels: 1 } })
    .blur(distortion.blurSigma > 0.3 ? distortion.blurSigma : undefined)
    .linear(distortion.brightness, 0)
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  addNoise(blurred, distortion.noiseSigma, random(sceneSeed * 7919 + frame + 1));
  return sharp(blurred, { raw: { width: FRAME_WIDTH, height: FRAME_HEIGHT, channels: 1 } })
    .png()
    .toBuffer();
}

/** Views the frame from an angle: each corner moves inward by up to `amount` of the frame. */
function warpPerspective(pixels: Buffer, amount: number, rand: () => number, fill: number): Buffer {
  if (amount === 0) return pixels;
  const w = FRAME_WIDTH;
  const h = FRAME_HEIGHT;
  const inward = () => rand() * amount;
  const dst: Array<[number, number]> = [
    [inward() * w, inward() * h],
    [w - inward() * w, inward() * h],
    [w - inward() * w, h - inward() * h],
    [inward() * w, h - inward() * h],
  ];
  const src: Array<[number, number]> = [
    [0, 0],
    [w, 0],
    [w, h],
    [0, h],
  ];
  const m = homography(dst, src);
  const out = Buffer.alloc(w * h, fill);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const d = m[6]! * x + m[7]! * y + 1;
      const sx = (m[0]! * x + m[1]! * y + m[2]!) / d;
      const sy = (m[3]! * x + m[4]! * y + m[5]!) / d;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = pixels[i]! * (1 - fx) + pixels[i + 1]! * fx;
      const bottom = pixels[i + w]! * (1 - fx) + pixels[i + w + 1]! * fx;
      out[y * w + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return out;
}

/** The 8 coefficients of the projective map taking each `from` point to its `to` point. */
function homography(from: Array<[number, number]>, to: Array<[number, number]>): number[] {
  const rows: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!;
    const [u, v] = to[i]!;
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let r = col + 1; r < 8; r++) if (Math.abs(rows[r]![col]!) > Math.abs(rows[pivot]![col]!)) pivot = r;
    [rows[col], rows[pivot]] = [rows[pivot]!, rows[col]!];
    for (let r = 0; r < 8; r++) {
      if (r === col) continue;
      const factor = rows[r]![col]! / rows[col]![col]!;
      for (let c = col; c < 9; c++) rows[r]![c]! -= factor * rows[col]![c]!;
    }
  }
  return rows.map((row, i) => row[8]! / row[i]!);
}

/**
 * A video file chromium's fake camera plays in a loop (--use-file-for-fake-video-capture): the
 * frames (640×480 PNGs, as renderFrame makes them) as greyscale YUV 4:2:0 in a .y4m file.
 */
export async function writeCameraVideo(path: string, frames: readonly Buffer[]): Promise<void> {
  const chroma = Buffer.alloc((FRAME_WIDTH / 2) * (FRAME_HEIGHT / 2), 128);
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${FRAME_WIDTH} H${FRAME_HEIGHT} F10:1 Ip A1:1 C420jpeg\n`)];
  for (const frame of frames) {
    const luma = await sharp(frame).greyscale().resize(FRAME_WIDTH, FRAME_HEIGHT).raw().toBuffer();
    parts.push(Buffer.from('FRAME\n'), luma, chroma, chroma);
  }
  await writeFile(path, Buffer.concat(parts));
}

function addNoise(pixels: Buffer, sigma: number, rand: () => number): void {
  if (sigma === 0) return;
  for (let i = 0; i < pixels.length; i++) {
    const gaussian = Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand());
    pixels[i] = Math.max(0, Math.min(255, Math.round(pixels[i]! + gaussian * sigma)));
  }
}

export const PHOTOS_DIR = join(import.meta.dirname, '../fixtures/barcode-photos');

const Photo = z.object({
  file: z.string().regex(/^[\w-]+\.jpg$/),
  code: z.string().regex(/^(\d{8}|\d{12}|\d{13})$/),
  format: z.enum(['ean_13', 'ean_8', 'upc_a']),
  /** Whether the decoder was tuned looking at this photo, or it is held out. */
  half: z.enum(['tune', 'holdout']),
  source: z.string(),
});
export type Photo = z.infer<typeof Photo>;

/** The real photographs, as their manifest lists them. */
export function barcodePhotos(): Photo[] {
  return z.array(Photo).parse(JSON.parse(readFileSync(join(PHOTOS_DIR, 'manifest.json'), 'utf8')));
}

export interface PhotoResult {
  photo: Photo;
  /** A misread is a code other than the expected one. */
  outcome: 'read' | 'missed' | 'misread';
  code: string | null;
  ms: number;
}

/** Decodes each photo in turn. */
export async function decodePhotos(
  photos: readonly Photo[],
  decode: (file: string) => Promise<ImageDecode>,
): Promise<PhotoResult[]> {
  const results: PhotoResult[] = [];
  for (const photo of photos) {
    const { read, ms } = await decode(join(PHOTOS_DIR, photo.file));
    const outcome = read === null ? 'missed' : productKey(read) === productKey(photo) ? 'read' : 'misread';
    results.push({ photo, outcome, code: read?.code ?? null, ms });
  }
  return results;
}

export interface PhotoScore {
  photos: number;
  read: number;
  /** "file: code" for each photo read as another code. */
  misreads: string[];
  missed: string[];
  ms: number[];
}

export function scoreOf(results: readonly PhotoResult[]): PhotoScore {
  return {
    photos: results.length,
    read: results.filter((r) => r.outcome === 'read').length,
    misreads: results.filter((r) => r.outcome === 'misread').map((r) => `${r.photo.file}: ${r.code}`),
    missed: results.filter((r) => r.outcome === 'missed').map((r) => r.photo.file),
    ms: results.map((r) => r.ms),
  };
}
