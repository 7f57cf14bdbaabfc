/**
 * `npm run scan -- FILE...`: decodes still images (photos of a product's barcode) with the camera
 * decoder's still-image passes put to the vote, and prints one line per file:
 * FILE<TAB>CODE<TAB>MILLISECONDS (CODE is "-" when no code won the vote).
 */
import { decodeImage } from '../camera/decode-image';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('Usage: npm run scan -- FILE...');
  process.exit(2);
}

let failures = 0;
for (const file of files) {
  try {
    const { read, ms } = await decodeImage(file);
    const code = read?.code ?? '-';
    console.log(`${file}\t${code}\t${Math.round(ms)}`);
  } catch (error) {
    failures++;
    console.log(`${file}\t-\t0`);
    console.error(`${file}: ${(error as Error).message}`);
  }
}
process.exit(failures === 0 ? 0 : 1);
