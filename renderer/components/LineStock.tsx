import { useStockLevel } from '../stock/queries';
import { STATUS_LABEL, stockFigure } from '../stock/stock-figure';
import { useTerminalStore } from '../stores/terminal-store';

/**
 * Stock on hand of a cart line's product, with a badge when it is low or out: one key read, live,
 * so the figure falls as sales are recorded (the line itself never waits for it).
 */
export function LineStock({ productId }: { productId: string }) {
  const product = useTerminalStore((s) => s.catalog.byId(productId));
  const level = useStockLevel(productId);
  if (!product || level === undefined) return null;
  const figure = stockFigure(product, level ?? undefined);
  return (
    <div className="line-meta line-stock" data-stock={figure.onHand} data-status={figure.status}>
      Stok {figure.text}
      {figure.status !== 'ok' && (
        <span className={`stock-badge stock-${figure.status}`}>{STATUS_LABEL[figure.status]}</span>
      )}
    </div>
  );
}
