/**
 * What the printing CLIs share: one print request through the same path as the app (the print
 * queue, the bridge handler, the printer), waiting while the printer is not ready, up to --wait
 * seconds; exits 0 once printed, 1 when it failed or timed out, 2 on a bad printer or width.
 */
import type { PrintRequest } from '#bridge/print-request';
import { DEFAULT_DRAWER_PULSE } from '../escpos/commands';
import { createHardwareHandlers } from '../handlers';
import { MemoryPrintJobStore } from '../print-queue/memory-store';
import { PrintQueue, type PrintJob } from '../print-queue/print-queue';
import { columnsSchema, parsePrinterUri } from '../printer/printer-config';

export const PRINT_OPTIONS = {
  printer: { type: 'string', default: 'tcp://127.0.0.1:9100' },
  width: { type: 'string', default: '32' },
  wait: { type: 'string', default: '30' },
} as const;

/** `what`: the paper in words, for the messages ("Halaman uji"). */
export async function printOnce(
  request: PrintRequest,
  options: { printer: string; width: string; wait: string },
  what: string,
): Promise<never> {
  const uri = parsePrinterUri(options.printer);
  const columns = columnsSchema.safeParse(Number(options.width));
  if (!uri.ok || !columns.success) {
    console.error(uri.ok ? 'Lebar kertas harus 32 (58 mm) atau 48 (80 mm)' : uri.error.message);
    process.exit(2);
  }
  const config = { connection: uri.value, columns: columns.data, drawer: DEFAULT_DRAWER_PULSE };
  const handlers = createHardwareHandlers({ printerConfig: () => config, onScan: () => {}, onScannerStatus: () => {} });
  const store = new MemoryPrintJobStore();
  let lastMessage = '';
  const done = new Promise<PrintJob>((resolve) => {
    const queue = new PrintQueue({
      store,
      deliver: handlers.print,
      onChange: (job) => {
        if (job.state === 'printed' || job.state === 'failed') {
          void queue.stop();
          resolve(job);
        } else if (job.lastError && job.lastError.message !== lastMessage) {
          lastMessage = job.lastError.message;
          console.error(`Menunggu printer: ${lastMessage}`);
        }
      },
    });
    void queue.start().then(() => queue.enqueue(request));
    setTimeout(
      () => {
        void queue.stop();
        console.error(`${what} belum tercetak setelah ${options.wait} detik.`);
        process.exit(1);
      },
      Number(options.wait) * 1000,
    ).unref();
  });

  const job = await done;
  if (job.state === 'printed') {
    console.log(`${what} tercetak di ${options.printer} (${columns.data} kolom).`);
    process.exit(0);
  }
  console.error(`Gagal: ${job.lastError?.message}`);
  process.exit(1);
}
