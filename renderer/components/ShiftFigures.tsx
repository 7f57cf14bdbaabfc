import { add, formatRupiah, subtract, ZERO, type Rupiah } from '#domain/money';
import { paymentMethodLabel } from '#domain/checkout/payment-method';
import { PAYMENT_METHODS } from '#domain/checkout/sale';
import { NET_SALES_LABEL, type ShiftReport } from '#domain/shift/shift-report';
import { taxFigureRows } from '#domain/tax/ppn';

/** An X or Z report on screen: the same figures the printer prints. */
export function ShiftFigures({ report }: { report: ShiftReport }) {
  const minus = (amount: Rupiah) => formatRupiah(subtract(ZERO, amount));
  const rows: Array<[string, string, string?]> = [
    ['Transaksi', String(report.saleCount), 'sale-count'],
    [NET_SALES_LABEL, formatRupiah(report.netSales), 'net-sales'],
    ...PAYMENT_METHODS.map((m): [string, string] => [
      `· ${paymentMethodLabel(m)}`,
      formatRupiah(report.salesByMethod[m]),
    ]),
    ['Diskon', minus(add(report.lineDiscounts, report.saleDiscounts))],
    [`Refund (${report.refundCount})`, minus(report.refunds), 'refunds'],
    ['Hasil bersih', formatRupiah(report.net), 'net'],
    [`ASN (${report.asnSaleCount})`, formatRupiah(report.asnSales)],
    ...(report.tax ? taxFigureRows(report.tax) : []).map(([label, value, id]): [string, string, string] => [
      label,
      formatRupiah(value),
      id,
    ]),
    ['Modal awal', formatRupiah(report.openingFloat)],
    [`Kas masuk (${report.payInCount})`, formatRupiah(report.payIns)],
    [`Kas keluar (${report.payOutCount})`, minus(report.payOuts)],
    ['Refund tunai', minus(report.refundsByMethod.cash)],
    ['Kas seharusnya', formatRupiah(report.expectedCash), 'expected-cash'],
  ];
  if (report.counted !== null && report.variance !== null) {
    rows.push(
      ['Kas dihitung', formatRupiah(report.counted), 'counted'],
      ['Selisih', formatRupiah(report.variance), 'variance'],
    );
  }
  return (
    <dl className="shift-figures" aria-label={`Laporan ${report.kind}`}>
      {rows.map(([label, value, id]) => (
        <div key={label} className="row">
          <dt>{label}</dt>
          <dd className="num" data-testid={id}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
