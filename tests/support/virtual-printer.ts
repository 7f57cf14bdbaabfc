/** A virtual printer listening on a free loopback port, and the printer settings that reach it. */
import type { AddressInfo } from 'node:net';
import { DEFAULT_DRAWER_PULSE } from '#hardware/escpos/commands';
import type { Columns } from '#hardware/escpos/columns';
import type { PrinterConfig } from '#hardware/printer/printer-config';
import { listenTcp, VirtualPrinter } from '#hardware/virtual-printer/virtual-printer';

export async function startVirtualPrinter(columns: Columns = 32) {
  const printer = new VirtualPrinter(columns);
  const server = await listenTcp(printer, 0);
  const { port } = server.address() as AddressInfo;
  const config: PrinterConfig = {
    connection: { type: 'tcp', host: '127.0.0.1', port },
    columns,
    drawer: DEFAULT_DRAWER_PULSE,
  };
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { printer, config, uri: `tcp://127.0.0.1:${port}`, close };
}
