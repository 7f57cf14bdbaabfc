import { formatBusinessMonth, formatWita } from '#domain/wita';
import { governorReportSchema, type GovernorReport as Report } from '#sync/protocol/backoffice-report';
import { countColumn, rupiahColumn, shareColumn } from './columns';
import { formatCount, formatShare, rp } from './format';
import { MonthToolbar, useMonthReport } from './MonthReport';
import { Notice } from './Notice';
import { TablePanel, type Column } from './TablePanel';

type OutletRow = Report['sales']['outlets'][number];
type OpdRow = NonNullable<Report['compliance']>[number];
type StockRow = Report['stockOuts'][number];
type UmkmRow = Report['umkm'][number];

const OUTLETS: Column<OutletRow>[] = [
  { label: 'Outlet', value: (o) => o.name },
  rupiahColumn('Penjualan', 'sales', 'report-outlet-sales'),
  rupiahColumn('Target', 'target'),
  shareColumn('% target', 'sales', 'target'),
  countColumn('Transaksi', 'transactions'),
  rupiahColumn('Retur', 'refunds'),
];
const OPDS: Column<OpdRow>[] = [
  { label: 'OPD', value: (o) => o.opd },
  countColumn('ASN', 'asn'),
  countColumn('Mencapai', 'met'),
  countColumn('Kurang', 'below'),
  countColumn('Tidak belanja', 'none'),
  shareColumn('% mencapai', 'met', 'asn'),
];
const STOCK: Column<StockRow>[] = [
  { label: 'Outlet', value: (o) => o.outletName },
  countColumn('Produk', 'products'),
  countColumn('Pernah habis', 'outProducts'),
  shareColumn('% habis', 'outProducts', 'products'),
  countColumn('Hari habis', 'outDays'),
];
const UMKM: Column<UmkmRow>[] = [
  { label: 'Produsen UMKM', value: (u) => u.supplier },
  countColumn('Produk terjual', 'products'),
  rupiahColumn('Penjualan', 'sales'),
];

/**
 * The governor's monthly report as a printable page (the print stylesheet leaves the menu and
 * buttons out) and as the server's PDF; in the server's scope: the province, or an outlet's own.
 */
export function GovernorReport() {
  const { month, setMonth, report, said } = useMonthReport(
    'governor',
    governorReportSchema,
    'Laporan tidak bisa dimuat.',
  );
  const name = formatBusinessMonth(month);

  return (
    <section className="governor-report" data-testid="governor-report">
      <MonthToolbar title="Laporan gubernur" month={month} onMonth={setMonth}>
        <button type="button" onClick={() => window.print()}>
          Cetak
        </button>
        <a href={`/v1/backoffice/reports/governor/${month}.pdf`} download={`laporan-gubernur-${month}.pdf`}>
          Unduh PDF
        </a>
      </MonthToolbar>
      <Notice said={said} />
      {report && (
        <>
          <div className="report-head">
            <h2>Laporan Bulanan untuk Gubernur – {name}</h2>
            <p data-testid="report-scope">{report.scope}</p>
            <p className="as-of">Data per {formatWita(report.asOf)} WITA</p>
          </div>
          <h3>Penjualan terhadap target</h3>
          <p data-testid="report-sales">
            Penjualan {rp(report.sales.total)} dari target {rp(report.sales.target)} (
            {formatShare(report.sales.total, report.sales.target)}); {formatCount(report.sales.transactions)} transaksi,
            retur {rp(report.sales.refunds)}.
          </p>
          <TablePanel
            title="Penjualan per outlet"
            fileName={`Laporan gubernur penjualan ${month}`}
            rows={report.sales.outlets}
            columns={OUTLETS}
            rowKey={(o) => o.id}
            testId="report-outlets"
            empty="Belum ada outlet."
            wide
          />
          <h3>Kepatuhan belanja ASN</h3>
          <p>
            {formatCount(report.asn.roster)} ASN × minimal {rp(report.asn.monthlyMinimum)} = lantai{' '}
            {rp(report.asn.floor)}; {formatCount(report.asn.buyers)} ASN berbelanja, {formatCount(report.asn.reached)}{' '}
            mencapai minimal.
          </p>
          {report.compliance && (
            <TablePanel
              title="Kepatuhan ASN per OPD"
              fileName={`Laporan gubernur ASN ${month}`}
              rows={report.compliance}
              columns={OPDS}
              rowKey={(o) => o.opd}
              testId="report-opds"
              empty="Daftar ASN kosong."
              wide
            />
          )}
          <TablePanel
            title="Stok kosong"
            fileName={`Laporan gubernur stok kosong ${month}`}
            rows={report.stockOuts}
            columns={STOCK}
            rowKey={(o) => o.outletId}
            testId="report-stock-outs"
            empty="Belum ada data stok bulan itu."
            wide
          />
          <TablePanel
            title="Penjualan UMKM"
            fileName={`Laporan gubernur UMKM ${month}`}
            rows={report.umkm}
            columns={UMKM}
            rowKey={(u) => u.supplier}
            testId="report-umkm"
            empty="Belum ada penjualan produk UMKM bulan itu."
            wide
          />
        </>
      )}
    </section>
  );
}
