/**
 * Two connected pseudo-terminals made by socat, standing in for a serial cable: what one end
 * writes the other reads. The virtual printer (and a test's scanner) sits on one end, the code
 * under test opens the other like any serial port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface PtyPair {
  /** The end the terminal software opens. */
  readonly app: string;
  /** The end the device (virtual printer, simulated scanner) sits on. */
  readonly device: string;
  close(): Promise<void>;
}

export async function openPtyPair(app: string, device: string): Promise<PtyPair> {
  const socat: ChildProcess = spawn('socat', [`pty,raw,echo=0,link=${app}`, `pty,raw,echo=0,link=${device}`], {
    stdio: 'ignore',
  });
  const failed = new Promise<never>((_, reject) => {
    socat.once('error', (error) =>
      reject(new Error(`socat could not start (install it: apt-get install socat): ${error.message}`)),
    );
    socat.once('exit', (code) => reject(new Error(`socat exited with ${code}`)));
  });
  const ready = (async () => {
    for (let i = 0; i < 200 && !(existsSync(app) && existsSync(device)); i++)
      await new Promise((r) => setTimeout(r, 10));
    if (!existsSync(app) || !existsSync(device)) throw new Error('socat did not create the pty pair within 2 s');
  })();
  await Promise.race([ready, failed]);
  failed.catch(() => {});
  return {
    app,
    device,
    close: () =>
      new Promise<void>((resolve) => {
        if (socat.exitCode !== null || socat.signalCode !== null) return resolve();
        socat.once('exit', () => resolve());
        socat.kill('SIGTERM');
      }),
  };
}
