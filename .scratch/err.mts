import Quagga from '@ericblade/quagga2';
import { readFileSync, readdirSync } from 'node:fs';
import { decoderConfig } from '../hardware/camera/decoder-config';
const dir = process.argv[2]!;
for (const f of readdirSync(dir).sort()) {
  const bytes = readFileSync(`${dir}/${f}`);
  const r = await Quagga.decodeSingle({ ...decoderConfig, inputStream: { ...decoderConfig.inputStream, mime: 'image/png' }, src: `data:image/png;base64,${bytes.toString('base64')}` });
  if (!r?.codeResult) continue;
  const errs = r.codeResult.decodedCodes.filter((c: any) => c.error !== undefined).map((c: any) => c.error);
  const sorted = [...errs].sort((a, b) => a - b);
  console.log(f, r.codeResult.format, r.codeResult.code, 'max', Math.max(...errs).toFixed(3), 'mean', (errs.reduce((a, b) => a + b, 0) / errs.length).toFixed(3), 'median', sorted[Math.floor(sorted.length / 2)].toFixed(3));
}
