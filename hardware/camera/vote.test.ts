import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '#domain/catalog/barcode';
import { Ballot, productKey } from './vote';

const upcA = '036602301467';
const ean = (body: string) => ({ code: withCheckDigit(body), format: 'ean_13' });

describe('Ballot', () => {
  it('lets a code win only once two passes read it and it has more reads than the other codes together', () => {
    const ballot = new Ballot();
    const a = ean('899123456789');
    const b = ean('899123456788');
    ballot.add(a);
    expect(ballot.winner()).toBeNull();
    ballot.add(b);
    ballot.add(a);
    expect(ballot.winner()).toEqual(a);
    expect(ballot.settled()).toBe(false);
    ballot.add(b);
    expect(ballot.winner()).toBeNull();
    ballot.add(a);
    expect(ballot.winner()).toEqual(a);
    ballot.add(ean('899123456787'));
    expect(ballot.winner()).toBeNull();
  });

  it('is settled by two agreeing reads with nothing against them, and ignores empty reads and wrong check digits', () => {
    const ballot = new Ballot();
    const a = ean('899123456789');
    ballot.add(null);
    ballot.add({ code: `${a.code.slice(0, 12)}${(Number(a.code[12]) + 1) % 10}`, format: 'ean_13' });
    ballot.add(a);
    expect(ballot.settled()).toBe(false);
    ballot.add(a);
    expect(ballot.settled()).toBe(true);
  });

  it('counts a UPC-A read by the UPC-A and by the EAN-13 reader, and its UPC-E form, as one product', () => {
    expect(productKey({ code: upcA, format: 'upc_a' })).toBe(productKey({ code: `0${upcA}`, format: 'ean_13' }));
    expect(productKey({ code: '01340026', format: 'upc_e' })).toBe(
      productKey({ code: '013200004006', format: 'upc_a' }),
    );
    expect(productKey({ code: '12345670', format: 'code_128' })).not.toBe(
      productKey({ code: '12345670', format: 'ean_8' }),
    );
    const ballot = new Ballot();
    ballot.add({ code: upcA, format: 'upc_a' });
    ballot.add({ code: `0${upcA}`, format: 'ean_13' });
    expect(ballot.settled()).toBe(true);
  });
});
