/** A goods-receiving document as the terminal keeps it: the protocol's stock.received payload. */
export type { StockReceived as StockReceipt } from '#sync/protocol/stock';
