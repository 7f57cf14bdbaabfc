/**
 * `npm run print-test -- --printer tcp://127.0.0.1:9100 --width 32`: prints the test page (a ruler
 * and a training receipt) through the same path as the app (./print-job.ts).
 */
import { parseArgs } from 'node:util';
import { PRINT_OPTIONS, printOnce } from './print-job';

const { values } = parseArgs({ options: PRINT_OPTIONS });
await printOnce({ kind: 'test-page' }, values, 'Halaman uji');
