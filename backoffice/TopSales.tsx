import type { TopSales as Top } from '#sync/protocol/backoffice';
import { countColumn, rupiahColumn } from './columns';
import { TablePanel, type Column } from './TablePanel';

const PRODUCT_COLUMNS: Column<Top['products'][number]>[] = [
  { label: 'Produk', value: (p) => p.name },
  countColumn('Terjual', 'quantity'),
  rupiahColumn('Penjualan', 'sales', 'top-sales'),
];
const PRODUCER_COLUMNS: Column<Top['producers'][number]>[] = [
  { label: 'Produsen UMKM', value: (p) => p.supplier },
  countColumn('Produk', 'products'),
  rupiahColumn('Penjualan', 'sales', 'top-sales'),
];

/** The month's ten best-selling products and UMKM producers. */
export function TopSales({ top, month }: { top: Top; month: string }) {
  return (
    <>
      <TablePanel
        title="Produk terlaris"
        fileName={`Produk terlaris ${month}`}
        rows={top.products}
        columns={PRODUCT_COLUMNS}
        rowKey={(p) => p.productId}
        testId="top-products"
        empty="Belum ada penjualan bulan ini."
      />
      <TablePanel
        title="Produsen UMKM terlaris"
        fileName={`Produsen UMKM terlaris ${month}`}
        rows={top.producers}
        columns={PRODUCER_COLUMNS}
        rowKey={(p) => p.supplier}
        testId="top-producers"
        empty="Belum ada penjualan bulan ini."
      />
    </>
  );
}
