import type { OutletFigures } from '#sync/protocol/backoffice';
import { formatCount, formatShare, rp } from './format';
import { Sparkline, SparklineTable } from './Sparkline';
import { TablePanel, type Column } from './TablePanel';

const total = (days: readonly number[]) => days.reduce((a, d) => a + d, 0);
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

const COLUMNS: Column<OutletFigures>[] = [
  { label: 'Outlet', value: (o) => o.name },
  { label: 'Penjualan', value: (o) => o.sales, show: (o) => rp(o.sales), num: true, testId: 'outlet-sales' },
  { label: 'Target', value: (o) => o.target, show: (o) => rp(o.target), num: true, testId: 'outlet-target' },
  {
    label: '% target',
    value: (o) => share(o.sales, o.target),
    show: (o) => formatShare(o.sales, o.target),
    num: true,
    testId: 'outlet-target-share',
  },
  {
    label: 'Transaksi',
    value: (o) => o.transactions,
    show: (o) => formatCount(o.transactions),
    num: true,
    testId: 'outlet-transactions',
  },
  { label: 'Rata-rata belanja', value: (o) => o.averageBasket, show: (o) => rp(o.averageBasket), num: true },
  {
    label: 'Porsi ASN',
    value: (o) => share(o.asnSales, o.sales),
    show: (o) => formatShare(o.asnSales, o.sales),
    num: true,
  },
  { label: 'Retur', value: (o) => o.refunds, show: (o) => rp(o.refunds), num: true },
  {
    label: '30 hari',
    value: (o) => total(o.sparkline),
    show: (o) => <Sparkline days={o.sparkline} />,
    testId: 'outlet-sparkline',
  },
];

/** Per outlet; an outlet none of whose terminals pushed for a day (`stale`) is red. */
export function OutletTable({
  outlets,
  stale,
  month,
}: {
  outlets: readonly OutletFigures[];
  stale: ReadonlySet<string>;
  month: string;
}) {
  return (
    <TablePanel
      title="Per outlet"
      fileName={`Penjualan per outlet ${month}`}
      rows={outlets}
      columns={COLUMNS}
      rowKey={(o) => o.id}
      rowClass={(o) => (stale.has(o.id) ? 'stale' : undefined)}
      testId="outlets"
      empty="Belum ada outlet."
      wide
    >
      <SparklineTable outlets={outlets} />
    </TablePanel>
  );
}
