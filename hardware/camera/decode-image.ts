/** Decodes a still image (a PNG or JPEG file, or its bytes) in Node with the app's decoder configuration. */
import { readFile } from 'node:fs/promises';
import Quagga from '@ericblade/quagga2';
import { decoderConfig, readOf } from './decoder-config';
import type { CameraRead } from './read-confirmer';

export interface ImageDecode {
  read: CameraRead | null;
  ms: number;
}

/** quagga2 never settles when it cannot decode the pixels, so a broken image fails after this. */
const GIVE_UP_MS = 5000;

export async function decodeImage(src: string | Uint8Array): Promise<ImageDecode> {
  const bytes = typeof src === 'string' ? await readFile(src) : src;
  const mime = imageType(bytes);
  if (!mime) throw new Error('not a PNG or JPEG image');
  const started = performance.now();
  // In Node quagga2 loads only paths and data URLs, and takes a data URL's type from the config.
  const decoding = Quagga.decodeSingle({
    ...decoderConfig,
    inputStream: { ...decoderConfig.inputStream, mime },
    src: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('image could not be decoded')), GIVE_UP_MS);
  });
  const result = await Promise.race([decoding, giveUp]).finally(() => clearTimeout(timer));
  return { read: readOf(result), ms: performance.now() - started };
}

function imageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  return null;
}
