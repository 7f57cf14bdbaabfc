import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '#domain/catalog/barcode';
import { CLEAN, distortionFor, isSameCode, random, renderFrame, sampleCodes } from '#tests/support/barcode-images';
import { decodeFrame } from './decode-image';
import { COOLDOWN, hasValidCheck, MAX_GAP, ReadConfirmer } from './read-confirmer';

describe('ReadConfirmer', () => {
  it('accepts a code read the same twice in a row, once while it stays in view', () => {
    const confirmer = new ReadConfirmer();
    const ean = { code: withCheckDigit('899123456789'), format: 'ean_13' };
    expect(hasValidCheck(ean)).toBe(true);
    expect(confirmer.offer(ean)).toBeNull();
    expect(confirmer.offer(null)).toBeNull();
    expect(confirmer.offer(ean)).toBe(ean.code);
    const held = [ean, null, ean, ean, null, null, ean, ean].map((r) => confirmer.offer(r));
    expect(held.every((r) => r === null)).toBe(true);
  });

  it('accepts the same code again after it left the view for a second, or after another code', () => {
    const confirmer = new ReadConfirmer();
    const a = { code: withCheckDigit('899123456789'), format: 'ean_13' };
    const b = { code: withCheckDigit('899123456788'), format: 'ean_13' };
    expect([a, a].map((r) => confirmer.offer(r))).toEqual([null, a.code]);
    for (let i = 0; i < COOLDOWN; i++) confirmer.offer(null);
    expect([a, a].map((r) => confirmer.offer(r))).toEqual([null, a.code]);
    expect([b, b, a, a].map((r) => confirmer.offer(r))).toEqual([null, b.code, null, a.code]);
  });

  it('does not accept two different reads or reads too many empty frames apart', () => {
    const confirmer = new ReadConfirmer();
    const [a, b] = [withCheckDigit('899123456789'), withCheckDigit('899123456788')];
    expect(confirmer.offer({ code: a, format: 'ean_13' })).toBeNull();
    expect(confirmer.offer({ code: b, format: 'ean_13' })).toBeNull();
    for (let i = 0; i <= MAX_GAP; i++) expect(confirmer.offer(null)).toBeNull();
    expect(confirmer.offer({ code: b, format: 'ean_13' })).toBeNull();
  });

  it('never accepts a code whose check digit is wrong, however often it is read', () => {
    const confirmer = new ReadConfirmer();
    const good = withCheckDigit('899123456789');
    const bad = { code: `${good.slice(0, 12)}${(Number(good[12]) + 1) % 10}`, format: 'ean_13' };
    expect([confirmer.offer(bad), confirmer.offer(bad), confirmer.offer(bad)]).toEqual([null, null, null]);
    expect(hasValidCheck({ code: '01340026', format: 'upc_e' })).toBe(true);
    expect(hasValidCheck({ code: '01340027', format: 'upc_e' })).toBe(false);
    expect(hasValidCheck({ code: '709566969805', format: 'upc_a' })).toBe(true);
    expect(hasValidCheck({ code: '28111252', format: 'ean_8' })).toBe(true);
    expect(hasValidCheck({ code: '28111253', format: 'ean_8' })).toBe(false);
    expect(hasValidCheck({ code: 'NTTY7612', format: 'code_128' })).toBe(true);
    expect(hasValidCheck({ code: '123', format: 'code_39' })).toBe(false);
  });
});

describe('decodeFrame, one frame as the live camera decodes it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ntt-camera-'));

  it('reads each retail symbology from generated 640×480 frames, wherever it sits in the frame', async () => {
    // The locator's patch grid makes a read depend a little on where the code sits, as when a hand
    // moves; three placements each, at least two read and none wrong.
    for (const [index, sample] of sampleCodes(6, 11).entries()) {
      const reads = [];
      for (const placement of [0, 1, 2]) {
        const file = join(dir, `clean-${index}-${placement}.png`);
        writeFileSync(file, await renderFrame(sample, CLEAN, index * 3 + placement));
        reads.push((await decodeFrame(file)).read?.code ?? null);
      }
      const codes = reads.filter((c) => c !== null);
      expect(
        codes.every((c) => isSameCode(sample, c)),
        `${sample.bcid} ${sample.text} read as ${reads.join(', ')}`,
      ).toBe(true);
      expect(codes.length, `${sample.bcid} ${sample.text} read as ${reads.join(', ')}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('reads a distorted frame and finds nothing in an empty one', async () => {
    const [sample] = sampleCodes(1, 3);
    const distortion = { ...distortionFor(random(5)), rotateDeg: 8, blurSigma: 0.8, noiseSigma: 6 };
    const { read } = await decodeFrame(await renderFrame(sample!, distortion, 1));
    expect(read?.code).toBe(sample!.text);
    const empty = await renderFrame(sample!, { ...CLEAN, width: 0.01 }, 1);
    expect((await decodeFrame(empty)).read).toBeNull();
  });

  it('refuses something that is not an image', async () => {
    await expect(decodeFrame(Buffer.from('not an image'))).rejects.toThrow('not a PNG or JPEG image');
  });
});
