import { describe, expect, it } from 'vitest';
import { syncEventSchema, eventDocument } from './events';
import { transferReceivedSchema, transferSentSchema } from './stock';
import { productItemSchema } from './messages';

const staff = { id: 'mgr-1', name: 'Yohana Manajer' };
const received = {
  id: '019b3f6e-8c2a-7d41-9a3e-5f1b2c3d4e60',
  seq: 7,
  occurredAt: '2026-12-21T01:00:00.000Z',
  type: 'stock.received',
  payload: {
    id: '019b3f6e-8c2a-7d41-9a3e-5f1b2c3d4e61',
    outletId: 'kupang-1',
    terminalId: 'T01',
    training: false,
    receivedAt: '2026-12-21T01:00:00.000Z',
    businessDate: '2026-12-21',
    receivedBy: staff,
    supplier: 'Koperasi Kopi Ngada',
    deliveryNote: 'SJ-0042',
    lines: [
      {
        lineNo: 1,
        productId: 'p1',
        name: 'Kopi Bajawa 250 g',
        quantity: 24,
        unitCost: 40_000,
        expiry: '2027-06-30',
        newProduct: null,
      },
    ],
    total: 960_000,
  },
};

describe('stock events on the wire', () => {
  it('reads a receiving and names its document', () => {
    const event = syncEventSchema.parse(received);
    expect(eventDocument(event)).toMatchObject({ id: received.payload.id, terminalId: 'T01', training: false });
  });

  it('refuses a fractional or negative quantity, a missing supplier and an unknown write-off reason', () => {
    const withLine = (change: object) => ({
      ...received,
      payload: { ...received.payload, lines: [{ ...received.payload.lines[0], ...change }] },
    });
    expect(syncEventSchema.safeParse(withLine({ quantity: 1.5 })).success).toBe(false);
    expect(syncEventSchema.safeParse(withLine({ quantity: -1 })).success).toBe(false);
    expect(syncEventSchema.safeParse({ ...received, payload: { ...received.payload, supplier: ' ' } }).success).toBe(
      false,
    );
    const writeOff = {
      ...received,
      type: 'stock.written-off',
      payload: {
        id: received.payload.id,
        outletId: 'kupang-1',
        terminalId: 'T01',
        training: false,
        writtenOffAt: '2026-12-21T01:00:00.000Z',
        businessDate: '2026-12-21',
        approvedBy: staff,
        reason: 'kedaluwarsa',
        lines: [{ lineNo: 1, productId: 'p1', name: 'Kopi', quantity: 2, expiry: null }],
      },
    };
    expect(syncEventSchema.safeParse(writeOff).success).toBe(true);
    expect(syncEventSchema.safeParse({ ...writeOff, payload: { ...writeOff.payload, reason: 'dicuri' } }).success).toBe(
      false,
    );
  });

  it('reads a product from a server before stock as not perishable, without a minimum', () => {
    const old = {
      id: 'p1',
      barcode: null,
      plu: null,
      name: 'Kopi',
      price: 5_000,
      soldBy: 'unit',
      supplier: '',
      category: 'Kopi',
      unit: 'pcs',
      active: true,
    };
    expect(productItemSchema.parse(old)).toMatchObject({ perishable: false, minimumStock: null });
    expect(productItemSchema.parse({ ...old, perishable: true, minimumStock: 6 })).toMatchObject({
      perishable: true,
      minimumStock: 6,
    });
  });

  it('reads a transfer line with or without its expiries, which must add up to what moved', () => {
    const head = { id: received.payload.id, outletId: 'kupang-1', terminalId: 'T01', training: false };
    const line = { lineNo: 1, productId: 'p1', name: 'Kopi', quantity: 5 };
    const sent = (batches?: object[]) => ({
      ...head,
      toOutletId: 'ende-1',
      sentAt: '2026-12-21T01:00:00.000Z',
      businessDate: '2026-12-21',
      sentBy: staff,
      lines: [batches === undefined ? line : { ...line, batches }],
    });
    expect(transferSentSchema.safeParse(sent()).success).toBe(true);
    expect(
      transferSentSchema.safeParse(
        sent([
          { expiry: '2027-01-15', quantity: 3 },
          { expiry: null, quantity: 2 },
        ]),
      ).success,
    ).toBe(true);
    const short = transferSentSchema.safeParse(sent([{ expiry: '2027-01-15', quantity: 3 }]));
    expect(short.error?.issues[0]).toMatchObject({
      path: ['lines', 0, 'batches'],
      message: "the quantities of a line's batches must add up to what was sent",
    });
    const receivedLine = (arrived: number, batches: object[]) => ({
      ...head,
      transferId: head.id,
      fromOutletId: 'ende-1',
      receivedAt: '2026-12-21T01:00:00.000Z',
      businessDate: '2026-12-21',
      receivedBy: staff,
      lines: [{ lineNo: 1, productId: 'p1', sent: 5, received: arrived, batches }],
    });
    expect(transferReceivedSchema.safeParse(receivedLine(0, [])).success).toBe(true);
    expect(transferReceivedSchema.safeParse(receivedLine(4, [{ expiry: '2027-01-15', quantity: 4 }])).success).toBe(
      true,
    );
    expect(
      transferReceivedSchema.safeParse(receivedLine(4, [{ expiry: '2027-01-15', quantity: 5 }])).error?.issues[0],
    ).toMatchObject({ message: "the quantities of a line's batches must add up to what was received" });
  });
});
