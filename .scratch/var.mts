import Quagga from '@ericblade/quagga2';
import { readFileSync } from 'node:fs';
import { decoderConfig } from '../hardware/camera/decoder-config';
const f = process.argv[2]!;
const bytes = readFileSync(f);
for (const patchSize of ['small', 'medium', 'large', 'x-large']) for (const halfSample of [true, false]) {
  const t = performance.now();
  const r = await Quagga.decodeSingle({ ...decoderConfig, locator: { patchSize, halfSample }, inputStream: { size: 640, mime: 'image/png' }, src: `data:image/png;base64,${bytes.toString('base64')}` });
  console.log(patchSize, halfSample, r?.codeResult?.code, (performance.now() - t).toFixed(0));
}
