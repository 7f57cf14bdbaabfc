/** A goods-receiving document as the terminal keeps it. */
export interface StockReceipt {
  id: string;
  training: boolean;
  receivedAt: string;
}
