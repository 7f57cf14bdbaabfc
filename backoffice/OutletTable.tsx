import type { OutletFigures } from '#sync/protocol/backoffice';
import { countColumn, rupiahColumn, shareColumn } from './columns';
import { Sparkline, SparklineTable } from './Sparkline';
import { TablePanel, type Column } from './TablePanel';

const total = (days: readonly number[]) => days.reduce((a, d) => a + d, 0);

const COLUMNS: Column<OutletFigures>[] = [
  { label: 'Outlet', value: (o) => o.name },
  rupiahColumn('Penjualan', 'sales', 'outlet-sales'),
  rupiahColumn('Target', 'target', 'outlet-target'),
  shareColumn('% target', 'sales', 'target', 'outlet-target-share'),
  countColumn('Transaksi', 'transactions', 'outlet-transactions'),
  rupiahColumn('Rata-rata belanja', 'averageBasket'),
  shareColumn('Porsi ASN', 'asnSales', 'sales'),
  rupiahColumn('Retur', 'refunds'),
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
