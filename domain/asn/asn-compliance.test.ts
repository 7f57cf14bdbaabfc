import { describe, expect, it } from 'vitest';
import { asnMonthStatus, complianceByOpd, complianceTotal } from './asn-compliance';
import { rupiah } from '../money';

const MIN = rupiah(100_000);

describe('ASN compliance for a month', () => {
  it('sorts each ASN as met (at the minimum exactly), below, or nothing (refunded to zero too)', () => {
    expect([100_000, 180_000, 99_999, 1, 0, -5_000].map((t) => asnMonthStatus(rupiah(t), MIN))).toEqual([
      'met',
      'met',
      'below',
      'below',
      'none',
      'none',
    ]);
  });

  it('counts per OPD in name order and adds them up', () => {
    const roster = [
      { opd: 'RSUD Komodo', total: rupiah(120_000) },
      { opd: 'Dinas Pendidikan', total: rupiah(0) },
      { opd: 'RSUD Komodo', total: rupiah(40_000) },
      { opd: 'Dinas Pendidikan', total: rupiah(100_000) },
      { opd: 'Bappeda', total: rupiah(0) },
    ];
    const opds = complianceByOpd(roster, MIN);
    expect(opds).toEqual([
      { opd: 'Bappeda', asn: 1, met: 0, below: 0, none: 1, total: 0 },
      { opd: 'Dinas Pendidikan', asn: 2, met: 1, below: 0, none: 1, total: 100_000 },
      { opd: 'RSUD Komodo', asn: 2, met: 1, below: 1, none: 0, total: 160_000 },
    ]);
    expect(complianceTotal(opds)).toEqual({ asn: 5, met: 2, below: 1, none: 2, total: 260_000 });
    expect(complianceByOpd(roster, rupiah(150_000)).find((o) => o.opd === 'RSUD Komodo')).toMatchObject({
      met: 0,
      below: 2,
    });
  });
});
