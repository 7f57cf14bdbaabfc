import { formatNpwp } from '#domain/tax/ppn';
import { formatBusinessMonth } from '#domain/wita';
import { ppnReportSchema, type PpnReport as Report } from '#sync/protocol/backoffice-report';
import { countColumn, rupiahColumn } from './columns';
import { formatCount, rp } from './format';
import { MonthToolbar, useMonthReport } from './MonthReport';
import { Notice } from './Notice';
import { TablePanel, type Column } from './TablePanel';

/** One outlet's month, sales less refunds, as `report ppn MONTH` prints it; the last row is the sum. */
interface Row {
  id: string;
  name: string;
  npwp: string;
  sales: number;
  taxable: number;
  exempt: number;
  dpp: number;
  ppn: number;
  refunds: number;
  refundedPpn: number;
}

const COLUMNS: Column<Row>[] = [
  { label: 'Outlet', value: (r) => r.name },
  { label: 'NPWP', value: (r) => r.npwp },
  countColumn('Transaksi', 'sales'),
  rupiahColumn('Kena PPN', 'taxable'),
  rupiahColumn('Bebas PPN', 'exempt'),
  rupiahColumn('DPP', 'dpp', 'ppn-dpp'),
  rupiahColumn('PPN', 'ppn', 'ppn-ppn'),
  countColumn('Refund', 'refunds'),
  rupiahColumn('PPN refund', 'refundedPpn'),
];

function rowOf(id: string, name: string, npwp: string | null, figures: Report['total']): Row {
  const { net } = figures;
  return {
    id,
    name,
    npwp: npwp === null ? '–' : formatNpwp(npwp),
    sales: figures.sales,
    taxable: net.taxable,
    exempt: net.exempt,
    dpp: net.dpp,
    ppn: net.ppn,
    refunds: figures.refunds,
    refundedPpn: figures.refunded.ppn,
  };
}

/**
 * Laporan PPN: a WITA month's PPN per outlet, sales less the refunds made in the month, in the
 * server's scope (every outlet for the province, its own for an outlet user), with its export.
 */
export function PpnReport() {
  const { month, setMonth, report, said } = useMonthReport('ppn', ppnReportSchema, 'Laporan PPN tidak bisa dimuat.');
  const rows = report && [
    ...report.outlets.map((o) => rowOf(o.id, o.name, o.npwp, o)),
    ...(report.outlets.length > 1 ? [rowOf('jumlah', 'Jumlah', null, report.total)] : []),
  ];

  return (
    <section className="ppn-report" data-testid="ppn-report">
      <MonthToolbar title="Laporan PPN" month={month} onMonth={setMonth} />
      <Notice said={said} />
      {report && rows && (
        <>
          <p data-testid="ppn-summary">
            {formatBusinessMonth(month)}: PPN {rp(report.total.net.ppn)} atas DPP {rp(report.total.net.dpp)} dari{' '}
            {formatCount(report.total.sales)} transaksi; {formatCount(report.total.refunds)} refund mengembalikan PPN{' '}
            {rp(report.total.refunded.ppn)}.
          </p>
          <TablePanel
            title="PPN per outlet"
            fileName={`Laporan PPN ${month}`}
            rows={rows}
            columns={COLUMNS}
            rowKey={(r) => r.id}
            testId="ppn-outlets"
            empty="Belum ada outlet."
            wide
          />
          <p className="note">
            Harga jual sudah termasuk PPN: PPN 11/111 dari harga, DPP 11/12 dari harga jual tanpa PPN (PMK 131/2024).
            Angka penjualan sudah dikurangi refund yang dibuat pada bulan ini. Outlet tanpa NPWP bukan PKP: penjualannya
            tidak dipungut PPN.
          </p>
        </>
      )}
    </section>
  );
}
