import Quagga from '@ericblade/quagga2';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { decoderConfig } from '../hardware/camera/decoder-config';
import { hasValidCheck } from '../hardware/camera/read-confirmer';
import { CLEAN, distortionFor, isSameCode, random, renderFrame, sampleCodes } from '../tests/support/barcode-images';
const seed = Number(process.argv[2] ?? 2025);
const dir = `/tmp/q/eval-${seed}`; mkdirSync(dir, { recursive: true });
const samples = sampleCodes(60, seed);
const rand = random(seed + 1);
const files: string[] = [];
for (const [i, s] of samples.entries()) { const f = `${dir}/${i}.png`; writeFileSync(f, await renderFrame(s, distortionFor(rand), i + 1, 0)); files.push(f); }
for (const [patchSize, halfSample] of [['medium', true], ['medium', false], ['large', true], ['large', false]] as const) {
  let ok = 0, wrong = 0, wrongFiltered = 0, okFiltered = 0; const ms: number[] = [];
  for (const [i, f] of files.entries()) {
    const b = readFileSync(f); const t = performance.now();
    const r = await Quagga.decodeSingle({ ...decoderConfig, locator: { patchSize, halfSample }, inputStream: { size: 640, mime: 'image/png' }, src: `data:image/png;base64,${b.toString('base64')}` });
    ms.push(performance.now() - t);
    const cr = r?.codeResult; if (!cr?.code || !hasValidCheck({ code: cr.code, format: cr.format })) continue;
    const errs = cr.decodedCodes.filter((c: any) => c.error !== undefined).map((c: any) => c.error);
    const mean = errs.reduce((a: number, x: number) => a + x, 0) / errs.length;
    const same = isSameCode(samples[i]!, cr.code);
    if (same) { ok++; if (mean <= 0.1) okFiltered++; } else { wrong++; if (mean <= 0.1) wrongFiltered++; console.log('  wrong', i, samples[i]!.bcid, samples[i]!.text, cr.code, mean.toFixed(3)); }
  }
  ms.sort((a, b) => a - b);
  console.log(seed, patchSize, halfSample, 'ok', ok, 'wrong', wrong, 'filtered ok', okFiltered, 'wrong', wrongFiltered, 'median ms', ms[30]!.toFixed(0));
}
