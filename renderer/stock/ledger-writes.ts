/**
 * The rows a document writes to the stock ledger: each movement, and the product's stock level
 * updated by it in the same commit (outbox/commit), so on hand is never out of step with the ledger.
 */
import type { StockLevel, StockMovement } from '../db/rows';
import type { RowWrite, StoreName } from '../outbox/commit';
import { applyMovement } from './stock-level';

/** The tables a commit with ledger writes must name. */
export const LEDGER_STORES = ['stockMovements', 'stockLevels'] as const satisfies readonly StoreName[];

export function ledgerWrites(movements: readonly StockMovement[]): RowWrite[] {
  return movements.flatMap((movement): RowWrite[] => [
    { op: 'add', store: 'stockMovements', value: movement },
    {
      op: 'update',
      store: 'stockLevels',
      key: movement.productId,
      update: (level) => applyMovement(level as StockLevel | undefined, movement),
    },
  ]);
}
