import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipText } from './gzip';

describe('gzipText', () => {
  it('gzips the text as UTF-8, whole, however large', async () => {
    const text = JSON.stringify({ name: 'Kopi Flores ☕ — 250 g', lines: Array.from({ length: 20_000 }, (_, i) => i) });
    expect(gunzipSync(await gzipText(text)).toString('utf8')).toBe(text);
  });

  it('gzips an empty text', async () => {
    expect(gunzipSync(await gzipText('')).toString('utf8')).toBe('');
  });
});
