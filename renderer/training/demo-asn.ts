/**
 * Mode latihan ASN: a few civil servants of Kabupaten Manggarai Barat (PNS and PPPK) on the demo
 * terminal's roster, so a newcomer can try identifying an ASN at the counter without a server. Two
 * of them already have spending this month "at other outlets", one short of the minimum and one
 * past it. The NIPs are well-formed (domain/asn/nip.ts); the people are made up.
 */
import type { AsnKind } from '#domain/asn/asn-roster-rows';
import { toNip, type Nip } from '#domain/asn/nip';
import { rupiah, type Rupiah } from '#domain/money';
import type { BusinessMonth } from '#domain/wita';

export interface DemoAsn {
  nip: Nip;
  name: string;
  opd: string;
  kind: AsnKind;
  /** What the demo server "reported" for this month. */
  spentThisMonth: Rupiah;
}

export const DEMO_ASN: readonly DemoAsn[] = [
  {
    nip: toNip('198609262015051001'),
    name: 'Fransiskus Jehadu',
    opd: 'Dinas Pendidikan, Pemuda dan Olahraga',
    kind: 'PNS',
    spentThisMonth: rupiah(65_000),
  },
  {
    nip: toNip('197912312005012003'),
    name: 'Maria Goreti Nona',
    opd: 'RSUD Komodo',
    kind: 'PNS',
    spentThisMonth: rupiah(0),
  },
  {
    nip: toNip('199005172019031002'),
    name: 'Yohanes Don Bosco Seran',
    opd: 'Dinas Pariwisata dan Kebudayaan',
    kind: 'PNS',
    spentThisMonth: rupiah(0),
  },
  {
    nip: toNip('198203142009042001'),
    name: 'Theresia Ndudung',
    opd: 'Sekretariat Daerah',
    kind: 'PNS',
    spentThisMonth: rupiah(0),
  },
  {
    nip: toNip('199312282025212001'),
    name: 'Agustina Mbura',
    opd: 'Puskesmas Labuan Bajo',
    kind: 'PPPK',
    spentThisMonth: rupiah(120_000),
  },
  {
    nip: toNip('198807152023211004'),
    name: 'Kornelius Jemadu',
    opd: 'Dinas Kesehatan',
    kind: 'PPPK',
    spentThisMonth: rupiah(0),
  },
];

/** The demo roster's monthly totals for `month`, as the asn-totals stream would serve them. */
export function demoAsnTotals(
  month: BusinessMonth,
): { nip: Nip; month: BusinessMonth; total: Rupiah; saleCount: number }[] {
  return DEMO_ASN.filter((a) => a.spentThisMonth > 0).map((a) => ({
    nip: a.nip,
    month,
    total: a.spentThisMonth,
    saleCount: 1,
  }));
}
