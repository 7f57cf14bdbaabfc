import type { OutletFigures } from '#sync/protocol/backoffice';
import { formatCount, formatShare, rp } from './format';

export function OutletTable({ outlets }: { outlets: readonly OutletFigures[] }) {
  return (
    <div className="card wide">
      <h3>Per outlet</h3>
      <table data-testid="outlets">
        <thead>
          <tr>
            <th>Outlet</th>
            <th>Penjualan</th>
            <th>% target</th>
            <th>Transaksi</th>
            <th>Rata-rata belanja</th>
            <th>Porsi ASN</th>
            <th>Retur</th>
          </tr>
        </thead>
        <tbody>
          {outlets.map((o) => (
            <tr key={o.id} data-outlet={o.id}>
              <td>{o.name}</td>
              <td className="num" data-testid="outlet-sales">
                {rp(o.sales)}
              </td>
              <td className="num">{formatShare(o.sales, o.target)}</td>
              <td className="num" data-testid="outlet-transactions">
                {formatCount(o.transactions)}
              </td>
              <td className="num">{rp(o.averageBasket)}</td>
              <td className="num">{formatShare(o.asnSales, o.sales)}</td>
              <td className="num">{rp(o.refunds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
