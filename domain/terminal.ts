/** Who a terminal is: its outlet, its own code, and whether it is still in mode latihan. */
export interface TerminalIdentity {
  outletId: string;
  /** Short code printed in receipt numbers (e.g. MBR for Manggarai Barat). */
  outletCode: string;
  outletName: string;
  outletAddress: string;
  terminalId: string;
  /** Short code printed in receipt numbers (e.g. T01). */
  terminalCode: string;
  /** Mode latihan: not enrolled yet; sales are practice and never reach the province's figures. */
  training: boolean;
  /** The outlet's static QRIS string from its bank; each payment makes a dynamic one from it. */
  qrisStatic: string;
}
