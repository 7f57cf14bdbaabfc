/**
 * `npm start`: builds and opens the Electron terminal. Where the Electron binary is missing it
 * says so and runs the web host instead, so a newcomer still gets a working terminal.
 */
import { spawn } from 'node:child_process';
import { buildMain, buildRenderer } from './build';
import { electronPackageDir, findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary';
import { PROJECT_ROOT } from './paths';
import { runWebHost } from './start-web';

const electron = findElectronBinary(electronPackageDir());
if (electron === null) {
  console.warn(MISSING_ELECTRON_MESSAGE);
  await runWebHost();
} else {
  await Promise.all([buildRenderer(), buildMain()]);
  const child = spawn(electron, [PROJECT_ROOT, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
