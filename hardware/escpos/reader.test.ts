import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawerKick, FULL_STATUS_REQUEST } from './commands';
import { encodeCommands, gapBetween } from './encode';
import type { PrintCommand } from './print-command';
import { decodeEscPos, EscPosReader } from './reader';

const bytes = (...parts: Array<string | number[] | Uint8Array>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : [...p])));

describe('EscPosReader', () => {
  it('reads text lines with alignment applied at the paper width', () => {
    const { lines } = decodeEscPos(
      bytes([0x1b, 0x40], [0x1b, 0x61, 1], 'Halo\n', [0x1b, 0x61, 2], 'Rp 5\n', [0x1b, 0x61, 0], 'kiri\n'),
      10,
    );
    expect(lines).toEqual(['   Halo', '      Rp 5', 'kiri']);
  });

  it('wraps text that runs past the paper width, as the printer does', () => {
    const { lines } = decodeEscPos(bytes('abcdefghijkl\n'), 5);
    expect(lines).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('counts double-width characters as two columns', () => {
    const { lines } = decodeEscPos(bytes([0x1d, 0x21, 0x10], 'abcd', [0x1d, 0x21, 0x00], 'ef\n'), 6);
    expect(lines).toEqual(['abc', 'def']);
  });

  it('moves to the tab stops ESC D sets', () => {
    const { lines } = decodeEscPos(bytes([0x1b, 0x44, 6, 9, 0], 'a\tb\tc\td\n'), 12);
    expect(lines).toEqual(['a     b  cd']);
  });

  it('reports QR codes, barcodes, cuts, drawer kicks and status requests', () => {
    const data = 'sale-1';
    const qr = [
      0x1d,
      0x28,
      0x6b,
      data.length + 3,
      0,
      0x31,
      0x50,
      0x30,
      ...Buffer.from(data),
      0x1d,
      0x28,
      0x6b,
      3,
      0,
      0x31,
      0x51,
      0x30,
    ];
    const ean = [0x1d, 0x6b, 67, 13, ...Buffer.from('2000000000015')];
    const code128 = [0x1d, 0x6b, 73, 6, 0x7b, 0x42, ...Buffer.from('ABCD')];
    const { events, lines } = decodeEscPos(
      bytes(qr, ean, code128, drawerKick({ pin: 5, onMs: 100, offMs: 200 }), FULL_STATUS_REQUEST, [0x1d, 0x56, 0x01]),
      32,
    );
    expect(events).toEqual([
      { type: 'qr', data: 'sale-1' },
      { type: 'barcode', symbology: 'EAN13', data: '2000000000015' },
      { type: 'barcode', symbology: 'CODE128', data: 'ABCD' },
      { type: 'drawer', pin: 5, onMs: 100, offMs: 200 },
      { type: 'status-request', n: 1 },
      { type: 'status-request', n: 2 },
      { type: 'status-request', n: 4 },
      { type: 'cut' },
    ]);
    expect(lines).toEqual([
      '[QR sale-1]',
      '[EAN13 2000000000015]',
      '[CODE128 ABCD]',
      '[DRAWER pin 5 100/200 ms]',
      '[CUT]',
    ]);
  });

  it('skips raster image data instead of reading it as text', () => {
    const image = [0x1d, 0x76, 0x30, 0, 2, 0, 3, 0, 0x41, 0x42, 0x43, 0x44, 0x0a, 0x45];
    expect(decodeEscPos(bytes(image, 'ok\n'), 32).lines).toEqual(['[IMAGE 16x3]', 'ok']);
  });

  it('flags bytes it does not understand rather than printing them', () => {
    expect(decodeEscPos(bytes([0x1b, 0x99], 'x\n'), 32).lines).toEqual(['[UNKNOWN 1b 99]', 'x']);
  });

  it('gives the same result however the stream is split into chunks', () => {
    const commands: PrintCommand[] = [
      { type: 'text', text: 'NTT Mart', align: 'center', bold: true, tall: true },
      { type: 'row', left: 'Kopi Bajawa', right: 'Rp 85.000' },
      { type: 'qr', data: '0195a3c2-7b1e-7c3d-9a4f-2b8e6d1c0f57' },
      { type: 'ean13', data: '2012345678903' },
      { type: 'drawer', pulse: { pin: 2, onMs: 50, offMs: 500 } },
      { type: 'cut' },
    ];
    const whole = encodeCommands(commands, 32);
    const expected = decodeEscPos(whole, 32).events;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: whole.length - 1 }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...new Set(cuts)].sort((a, b) => a - b).concat(whole.length);
        const reader = new EscPosReader(32);
        const events = points.slice(1).flatMap((end, i) => reader.feed(whole.subarray(points[i]!, end)));
        expect([...events, ...reader.flush()]).toEqual(expected);
      }),
    );
  });
});

describe('encodeCommands', () => {
  it('right-aligns amounts with tab stops and the reader puts them back in the last column', () => {
    const bytesOut = encodeCommands([{ type: 'row', left: '2 x 120.000', right: '240.000' }], 32);
    const { lines } = decodeEscPos(bytesOut, 32);
    expect(lines).toEqual([`2 x 120.000${' '.repeat(14)}240.000`]);
    expect(Buffer.from(bytesOut).includes(Buffer.from(' '.repeat(5)))).toBe(false);
  });

  it('sends the full 5-byte drawer kick', () => {
    const out = encodeCommands([{ type: 'drawer', pulse: { pin: 2, onMs: 50, offMs: 500 } }], 32);
    expect([...out.slice(-5)]).toEqual([0x1b, 0x70, 0x00, 25, 250]);
  });

  it('finds the shortest gap of tabs and spaces', () => {
    expect(gapBetween(5, 26, [20, 23, 26])).toBe('\t\t\t');
    expect(gapBetween(5, 25, [20, 23, 26])).toBe('\t\t  ');
    expect(gapBetween(21, 25, [20, 23, 26])).toBe('\t  ');
    expect(gapBetween(22, 25, [20, 23, 26])).toBe('   ');
    expect(gapBetween(27, 29, [20, 23, 26])).toBe('  ');
    expect(gapBetween(29, 29, [20, 23, 26])).toBe(' ');
  });
});
