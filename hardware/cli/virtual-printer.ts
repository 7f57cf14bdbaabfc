/**
 * `npm run virtual-printer -- --port 9100` (network) or `-- --serial /tmp/ntt-printer` (a socat pty
 * pair; the app opens serial:/tmp/ntt-printer): an ESC/POS printer on this machine that prints each
 * job as text here and saves it to --jobs (data/virtual-printer). Type a state and Enter to change
 * what it reports: ready, paper-near-end, paper-out, cover-open; unplug / plug pull and replace the
 * cable; quit stops it.
 */
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { columnsSchema } from '../printer/printer-config';
import { openPtyPair } from '../virtual-printer/pty-pair';
import { attachSerial, listenTcp, VirtualPrinter, type SettableState } from '../virtual-printer/virtual-printer';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9100' },
    host: { type: 'string', default: '127.0.0.1' },
    serial: { type: 'string' },
    baud: { type: 'string', default: '9600' },
    columns: { type: 'string', default: '32' },
    jobs: { type: 'string', default: 'data/virtual-printer' },
    status: { type: 'string', default: 'ready' },
  },
});

const STATES: readonly SettableState[] = ['ready', 'paper-near-end', 'paper-out', 'cover-open'];
const isState = (s: string): s is SettableState => (STATES as readonly string[]).includes(s);
const columns = columnsSchema.parse(Number(values.columns));
if (!isState(values.status)) throw new Error(`--status must be one of ${STATES.join(', ')}`);

const printer = new VirtualPrinter(columns, values.jobs);
printer.setState(values.status);
printer.on('job', (job) => console.log(`\n=== job ${job.number} ===\n${job.text}`));
printer.on('drawer', (kick) => console.log(`[laci dibuka: pin ${kick.pin}, ${kick.onMs}/${kick.offMs} ms]`));

const closers: Array<() => Promise<unknown>> = [];
if (values.serial) {
  const pty = await openPtyPair(values.serial, `${values.serial}-device`);
  const port = await attachSerial(printer, pty.device, Number(values.baud));
  closers.push(
    () => new Promise((resolve) => port.close(resolve)),
    () => pty.close(),
  );
  console.log(
    `Virtual printer on serial:${values.serial}?baud=${values.baud} (${columns} columns), jobs in ${values.jobs}`,
  );
} else {
  const server = await listenTcp(printer, Number(values.port), values.host);
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  const { port } = server.address() as AddressInfo;
  console.log(`Virtual printer on tcp://${values.host}:${port} (${columns} columns), jobs in ${values.jobs}`);
}
console.log(`Status: ${printer.currentState}. Type ${STATES.join(' | ')} | unplug | plug | quit`);

const quit = async () => {
  for (const close of closers) await close();
  process.exit(0);
};
process.on('SIGINT', () => void quit());
process.on('SIGTERM', () => void quit());
const input = createInterface({ input: process.stdin });
input.on('line', (line) => {
  const command = line.trim();
  if (command === 'quit') return void quit();
  if (command === 'unplug') printer.unplug();
  else if (command === 'plug') printer.plug();
  else if (isState(command)) printer.setState(command);
  else if (command !== '') return void console.log(`Unknown command "${command}"`);
  console.log(`Status: ${printer.currentState}`);
});
