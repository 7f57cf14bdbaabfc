import { describe, expect, it } from 'vitest';
import { readAsnRosterRows } from '#domain/asn/asn-roster-rows';
import { parseBarcode } from '#domain/catalog/barcode';
import { DEMO_ASN, demoAsnTotals } from './demo-asn';
import { DEMO_CATALOG } from './demo-catalog';
import { DEMO_IDENTITY } from './demo-outlet';
import { hasValidCrc, toDynamicQris } from '#domain/checkout/qris';
import { rupiah } from '#domain/money';

describe('mode latihan data', () => {
  it('has about 300 products with unique ids, barcodes and PLUs', () => {
    expect(DEMO_CATALOG.length).toBeGreaterThanOrEqual(280);
    for (const key of ['id', 'barcode', 'plu'] as const) {
      const values = DEMO_CATALOG.map((p) => p[key]).filter((v) => v !== null);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('has only barcodes a scanner would accept, 899 and in-store ones among them', () => {
    for (const p of DEMO_CATALOG.filter((p) => p.barcode !== null)) {
      const parsed = parseBarcode(p.barcode!);
      expect(parsed.ok && parsed.value.kind === 'article' && parsed.value.keys[0] === p.barcode, p.name).toBe(true);
    }
    expect(DEMO_CATALOG.filter((p) => p.barcode?.startsWith('899')).length).toBeGreaterThan(100);
    expect(DEMO_CATALOG.filter((p) => p.barcode?.startsWith('20')).length).toBeGreaterThan(50);
  });

  it('sells weighed goods per kg with a PLU, and every product has a positive whole price', () => {
    const weighed = DEMO_CATALOG.filter((p) => p.soldBy === 'weight');
    expect(weighed.length).toBeGreaterThanOrEqual(5);
    expect(weighed.every((p) => p.unit === 'kg' && /^\d{4}$/.test(p.plu ?? ''))).toBe(true);
    expect(DEMO_CATALOG.every((p) => Number.isSafeInteger(p.price) && p.price > 0 && p.name.trim() === p.name)).toBe(
      true,
    );
  });

  it('has a demo outlet whose static QRIS makes valid dynamic ones', () => {
    expect(DEMO_IDENTITY.training).toBe(true);
    expect(hasValidCrc(DEMO_IDENTITY.qrisStatic)).toBe(true);
    expect(toDynamicQris(DEMO_IDENTITY.qrisStatic, rupiah(65_000)).ok).toBe(true);
  });

  it('has a demo ASN roster of well-formed PNS and PPPK numbers that the roster import accepts', () => {
    const sheet = [['nip', 'nama', 'opd', 'jenis'], ...DEMO_ASN.map((a) => [a.nip, a.name, a.opd, a.kind])];
    const { rows, problems } = readAsnRosterRows(sheet, new Date('2026-01-01T00:00:00Z'));
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.kind)).toEqual(DEMO_ASN.map((a) => a.kind));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['PNS', 'PPPK']));
    expect(demoAsnTotals('2026-03').map((t) => [t.month, t.total])).toEqual([
      ['2026-03', 65_000],
      ['2026-03', 120_000],
    ]);
  });
});
