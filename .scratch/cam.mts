import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { decodeImage } from '../hardware/camera/decode-image';
import { hasValidCheck, ReadConfirmer } from '../hardware/camera/read-confirmer';
import { CLEAN, distortionFor, isSameCode, random, renderFrame, sampleCodes } from '../tests/support/barcode-images';
const dir = mkdtempSync(join(tmpdir(), 'dbg-'));
const samples = sampleCodes(60, 2025);
const rand = random(4242);
const ds = samples.map(() => distortionFor(rand));
for (const [mode, list] of [['clean', samples.slice(0, 12).map(() => CLEAN)], ['dist', ds]] as const) {
  for (const [i, s] of samples.slice(0, list.length).entries()) {
    const c = new ReadConfirmer(); let acc = null; const reads = [];
    for (let f = 0; f < 8 && acc === null; f++) {
      const file = join(dir, `${mode}-${i}-${f}.png`);
      writeFileSync(file, await renderFrame(s, list[i]!, i + 1, f));
      const { read } = await decodeImage(file);
      reads.push(read ? `${read.format}:${read.code}${hasValidCheck(read) ? '' : '!'}` : '-');
      acc = c.offer(read);
    }
    if (acc === null || !isSameCode(s, acc)) console.log(mode, i, s.bcid, s.text, 'acc', acc, reads.join(' '), JSON.stringify(list[i], (k, v) => typeof v === 'number' ? +v.toFixed(2) : v), join(dir, `${mode}-${i}-0.png`));
  }
}
