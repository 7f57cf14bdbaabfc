/** Decodes a still image (a file path or PNG/JPEG bytes) in Node with the app's decoder configuration. */
import Quagga from '@ericblade/quagga2';
import type { CameraRead } from './read-confirmer';
import { decoderConfig } from './decoder-config';

export interface ImageDecode {
  read: CameraRead | null;
  ms: number;
}

export async function decodeImage(src: string | Uint8Array): Promise<ImageDecode> {
  const started = performance.now();
  const result = await Quagga.decodeSingle({ ...decoderConfig, src });
  const ms = performance.now() - started;
  const code = result?.codeResult?.code;
  return { read: code ? { code, format: result.codeResult.format } : null, ms };
}
