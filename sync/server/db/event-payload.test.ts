import { describe, expect, it } from 'vitest';
import { rupiah } from '#domain/money';
import { saleEvent } from '#tests/support/sync-fixtures';
import { compressPayload, readPayload } from './event-payload';

describe('stored event payloads', () => {
  it('gives back the payload as sent, from the compressed column or the jsonb of events stored before migration 006', () => {
    const sale = saleEvent({
      terminal: { id: 'ngada-t01', outletId: 'ngada' },
      seq: 7,
      products: [{ id: 'p1', name: 'Kopi Arabika Bajawa 250 g', price: rupiah(65_000) }],
      asnNip: '198609262015051001',
    }).payload;
    const compressed = compressPayload(sale);
    expect(readPayload({ payload: null, payload_z: compressed })).toEqual(sale);
    // PGlite hands bytea over as a Uint8Array view, possibly into a larger buffer.
    const padded = Buffer.concat([Buffer.from('xx'), compressed]);
    const view = new Uint8Array(padded.buffer, padded.byteOffset + 2, compressed.length);
    expect(readPayload({ payload: null, payload_z: view })).toEqual(sale);
    expect(readPayload({ payload: sale, payload_z: null })).toBe(sale);
    // The dictionary earns its keep: a sale takes well under half its JSON.
    expect(compressed.length).toBeLessThan(JSON.stringify(sale).length * 0.35);
  });

  it('still reads format 1 as first stored (its dictionary is part of the data)', () => {
    const stored = Buffer.from(
      'AYPGnoFhopGxaYq5bqqZRaKuuYmJma5FopGFrqG5saGluYmJsaWpOVpyyUtPTEnULTEw1AVVAAZGuOIMGive+QWZCo5FiUmZ2YkKTolZieWJCkamBgrpoIQGCSQzUMUFcikyH9mxAA==',
      'base64',
    );
    expect(readPayload({ payload: null, payload_z: stored })).toEqual({
      id: '01a235d7-e68a-7446-8a28-173197443957',
      receiptNo: 'ngada-t01-000002',
      lines: [{ lineNo: 1, name: 'Kopi Arabika Bajawa 250 g', total: 65000 }],
      total: 65000,
      asn: null,
    });
  });

  it('refuses bytes of an unknown format instead of guessing', () => {
    expect(() => readPayload({ payload: null, payload_z: Buffer.of(9, 1, 2) })).toThrow(/unknown format 9/);
  });
});
