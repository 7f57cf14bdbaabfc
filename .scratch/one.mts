import { writeFileSync } from 'node:fs';
import { CLEAN, renderFrame, sampleCodes } from '../tests/support/barcode-images';
const s = sampleCodes(6, 11)[4]!; console.log(s);
writeFileSync('/tmp/q/upce.png', await renderFrame(s, CLEAN, 4));
