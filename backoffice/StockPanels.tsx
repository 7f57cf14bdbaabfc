import { formatBusinessDate, toBusinessDate } from '#domain/wita';
import type { StockPanels as Stock } from '#sync/protocol/backoffice';
import { countColumn } from './columns';
import { TablePanel, type Column } from './TablePanel';

type OutletOut = Stock['outletsOut'][number];
type ProductOut = Stock['productsOut'][number];
type Expiring = Stock['expiring'][number];

const OUTLET_COLUMNS: Column<OutletOut>[] = [
  { label: 'Outlet', value: (o) => o.name },
  countColumn('Produk habis', 'outProducts'),
];
const PRODUCT_COLUMNS: Column<ProductOut>[] = [
  { label: 'Produk', value: (p) => p.name },
  countColumn('Habis di outlet', 'outlets'),
];

/** Stock from the province's ledger: outlets and products most often out, stock soon to expire. */
export function StockPanels({ stock, today }: { stock: Stock; today: string }) {
  const expiringColumns: Column<Expiring>[] = [
    { label: 'Outlet', value: (e) => e.outletName },
    { label: 'Produk', value: (e) => e.name },
    {
      label: 'Kedaluwarsa',
      value: (e) => e.expiry,
      show: (e) => `${formatBusinessDate(toBusinessDate(e.expiry))}${e.expiry < today ? ' (lewat)' : ''}`,
    },
    countColumn('Sisa', 'remaining'),
  ];
  return (
    <>
      <TablePanel
        title="Outlet dengan produk habis terbanyak"
        fileName="Outlet produk habis"
        rows={stock.outletsOut}
        columns={OUTLET_COLUMNS}
        rowKey={(o) => o.outletId}
        testId="stock-outlets"
        empty="Tidak ada produk yang habis."
      />
      <TablePanel
        title="Produk habis di paling banyak outlet"
        fileName="Produk habis"
        rows={stock.productsOut}
        columns={PRODUCT_COLUMNS}
        rowKey={(p) => p.productId}
        testId="stock-products"
        empty="Tidak ada produk yang habis."
      />
      <TablePanel
        title="Stok kedaluwarsa dalam 30 hari"
        fileName="Stok kedaluwarsa"
        rows={stock.expiring}
        columns={expiringColumns}
        rowKey={(e) => `${e.outletId} ${e.productId} ${e.expiry}`}
        rowClass={(e) => (e.expiry < today ? 'stale' : undefined)}
        testId="stock-expiring"
        empty="Tidak ada stok yang segera kedaluwarsa."
        wide
      />
    </>
  );
}
