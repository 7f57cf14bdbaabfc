import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { buildRefund } from '#domain/test-documents';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { saleEvent, syncEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startServerWithCatalog, type TestServer } from '#tests/support/sync-server';
import { saleLookupSchema } from '#sync/protocol/sale-lookup';

describe.each(DATABASE_KINDS)('GET /v1/sales/{receiptNo} on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => ({ server, products } = await startServerWithCatalog(kind, 6)));
  afterAll(() => server.close());

  it('answers another till of the same outlet with the sale and its refunds, by number or id; 404 elsewhere', async () => {
    const till1 = await server.enrol('ende', 'Kasir 1');
    const till2 = await server.enrol('ende', 'Kasir 2');
    const alor = await server.enrol('alor', 'Kasir 1');
    const sale = saleEvent({ terminal: { id: till1.terminalId, outletId: till1.outletId }, seq: 1, products });
    const refund = buildRefund(sale.payload, [[1, 1]], [], {
      id: uuidv7(),
      shiftId: uuidv7(),
      refundedAt: sale.payload.completedAt,
    });
    const pushed = await server.push(till1.token, [sale, syncEvent('sale.refunded', 2, refund)]);
    expect(pushed.body.results.map((r: { status: string }) => r.status)).toEqual(['stored', 'stored']);

    const byNumber = await server.request('GET', `/v1/sales/${sale.payload.receiptNo}`, { token: till2.token });
    expect(byNumber.status).toBe(200);
    expect(saleLookupSchema.parse(byNumber.body)).toEqual({ sale: sale.payload, refunds: [refund] });
    const byId = await server.request('GET', `/v1/sales/${sale.payload.id}`, { token: till2.token });
    expect(byId.body).toEqual(byNumber.body);

    const elsewhere = await server.request('GET', `/v1/sales/${sale.payload.receiptNo}`, { token: alor.token });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.code).toBe('not-found');
    expect((await server.request('GET', '/v1/sales/ENDE-T09-20990101-0001', { token: till2.token })).status).toBe(404);
    expect((await server.request('GET', `/v1/sales/${sale.payload.receiptNo}`)).status).toBe(401);
  });
});
