import { describe, expect, it } from 'vitest';
import { rupiah } from '../money';
import { saleOpensDrawer } from './cash-drawer';
import type { Payment } from './sale';

const cash: Payment = { method: 'cash', amount: rupiah(20_000), tendered: rupiah(50_000), reference: null };
const qris: Payment = { method: 'qris', amount: rupiah(30_000), tendered: rupiah(30_000), reference: null };

describe('the cash drawer after a sale', () => {
  it('opens when any part was paid in cash', () => {
    expect(saleOpensDrawer({ payments: [cash] })).toBe(true);
    expect(saleOpensDrawer({ payments: [qris, cash] })).toBe(true);
  });

  it('stays shut when nothing was paid in cash', () => {
    expect(saleOpensDrawer({ payments: [qris] })).toBe(false);
  });
});
