import sharp from 'sharp';
import { readFileSync } from 'node:fs';
const lines = readFileSync(process.argv[2]!, 'utf8').split('\n');
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const h = lines.length * 18 + 20;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="340" height="${h}"><rect width="100%" height="100%" fill="#fffef8"/>${lines.map((l, i) => `<text x="10" y="${20 + i * 18}" font-family="DejaVu Sans Mono, monospace" font-size="15" xml:space="preserve">${esc(l)}</text>`).join('')}</svg>`;
await sharp(Buffer.from(svg)).png().toFile(process.argv[3]!);
