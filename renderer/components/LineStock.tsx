import { useStockLevel } from '../stock/queries';
import { businessDate } from '#domain/wita';
import { onlyExpiredLeft, STATUS_LABEL, stockFigure } from '../stock/stock-figure';
import { useTerminalStore } from '../stores/terminal-store';

/**
 * Stock on hand of a cart line's product, with a badge when it is low or out, or when all that is
 * left is past its expiry (the cashier checks the goods before selling): one key read, live,
 * so the figure falls as sales are recorded (the line itself never waits for it).
 */
export function LineStock({ productId }: { productId: string }) {
  const product = useTerminalStore((s) => s.catalog.byId(productId));
  const level = useStockLevel(productId);
  if (!product || level === undefined) return null;
  const figure = stockFigure(product, level ?? undefined);
  const expired = onlyExpiredLeft(level ?? undefined, businessDate(new Date()));
  return (
    <span className="line-stock" data-stock={figure.onHand} data-status={figure.status}>
      Stok {figure.text}
      {figure.status !== 'ok' && (
        <span className={`stock-badge stock-${figure.status}`}>{STATUS_LABEL[figure.status]}</span>
      )}
      {expired && (
        <span
          className="stock-badge stock-out"
          title="Semua stok tercatat sudah lewat tanggal kedaluwarsa: periksa barang"
        >
          Kedaluwarsa
        </span>
      )}
      {' · '}
    </span>
  );
}
