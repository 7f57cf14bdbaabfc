import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { until } from '#tests/support/until';
import { CLEAN, renderFrame, sampleCodes } from '#tests/support/barcode-images';
import { startVirtualPrinter } from '#tests/support/virtual-printer';
import { Printer } from '../printer/printer';
import { TcpTransport } from '../printer/tcp-transport';

const root = join(import.meta.dirname, '../..');

function run(script: string, args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'hardware/cli', script), ...args], {
    cwd: root,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exit, out: () => stdout, err: () => stderr };
}

describe('npm run scan', () => {
  it('prints FILE, CODE and milliseconds per file, with - when nothing was read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntt-scan-cli-'));
    const [sample] = sampleCodes(1, 21);
    const good = join(dir, 'good.png');
    const blank = join(dir, 'blank.png');
    writeFileSync(good, await renderFrame(sample!, CLEAN, 1));
    writeFileSync(blank, await renderFrame(sample!, { ...CLEAN, width: 0.01 }, 1));
    const cli = run('scan.ts', [good, blank]);
    expect(await cli.exit).toBe(0);
    const lines = cli
      .out()
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(lines.map(([file, code]) => [file, code])).toEqual([
      [good, sample!.text],
      [blank, '-'],
    ]);
    for (const [, , ms] of lines) expect(ms).toMatch(/^\d+$/);
  });
});

describe('npm run print-test', () => {
  it('prints the test page on the given printer and width through the print queue', async () => {
    const virtual = await startVirtualPrinter(48);
    try {
      const cli = run('print-test.ts', ['--printer', virtual.uri, '--width', '48']);
      expect(await cli.exit).toBe(0);
      expect(cli.out()).toContain('Halaman uji tercetak');
      expect(virtual.printer.jobs[0]!.text).toContain(`${'1234567890'.repeat(4)}12345678`);
    } finally {
      await virtual.close();
    }
  });

  it('waits while the paper is out, says why, and gives up after --wait', async () => {
    const virtual = await startVirtualPrinter(32);
    virtual.printer.setState('paper-out');
    try {
      const cli = run('print-test.ts', ['--printer', virtual.uri, '--width', '32', '--wait', '1']);
      expect(await cli.exit).toBe(1);
      expect(cli.err()).toContain('Menunggu printer: Kertas printer habis');
      expect(virtual.printer.jobs).toHaveLength(0);
    } finally {
      await virtual.close();
    }
  });
});

describe('npm run print-statement', () => {
  it('prints a statement written by report supplier --json, and refuses a file that is not one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntt-statement-'));
    const file = join(dir, 'rekap.json');
    const statement = {
      supplier: { id: 3, name: 'Koperasi Kopi Ngada', nib: null, bank: null },
      month: '2026-11',
      from: '2026-11-01',
      to: '2026-11-30',
      opening: 0,
      lines: [],
      payouts: [{ id: 1, paidOn: '2026-11-25', amount: 30_000, reference: 'TRF-001' }],
      owed: 42_000,
      paid: 30_000,
      closing: 12_000,
    };
    writeFileSync(file, JSON.stringify(statement));
    const virtual = await startVirtualPrinter(32);
    try {
      const cli = run('print-statement.ts', [file, '--printer', virtual.uri, '--width', '32']);
      expect(await cli.exit).toBe(0);
      expect(cli.out()).toContain('Rekap pemasok tercetak');
      expect(virtual.printer.jobs[0]!.text).toMatch(/REKAP PEMASOK \(UMKM\)[\s\S]*SALDO AKHIR +Rp\s12\.000/);
      writeFileSync(file, JSON.stringify({ ...statement, month: 'November' }));
      const bad = run('print-statement.ts', [file, '--printer', virtual.uri]);
      expect(await bad.exit).toBe(2);
      expect(bad.err()).toContain('bukan rekap pemasok');
      expect(virtual.printer.jobs).toHaveLength(1);
    } finally {
      await virtual.close();
    }
  });
});

describe('npm run virtual-printer', () => {
  it('listens, answers with the state typed on its input and saves each job as text', async () => {
    const jobs = mkdtempSync(join(tmpdir(), 'ntt-vp-cli-'));
    const cli = run('virtual-printer.ts', ['--port', '0', '--jobs', jobs]);
    try {
      await until(() => /tcp:\/\/127\.0\.0\.1:\d+/.test(cli.out()), 'the virtual printer to listen');
      const port = Number(/tcp:\/\/127\.0\.0\.1:(\d+)/.exec(cli.out())![1]);
      const printer = new Printer(new TcpTransport('127.0.0.1', port));
      expect((await printer.print(Buffer.from('Halo NTT\n\x1dV\x01'))).ok).toBe(true);
      await until(() => readdirSync(jobs).length === 1, 'the job file');
      expect(cli.out()).toContain('Halo NTT');
      cli.child.stdin.write('paper-out\n');
      await until(() => cli.out().includes('Status: paper-out'), 'the state change');
      expect((await printer.status()).state).toBe('paper-out');
      cli.child.stdin.write('quit\n');
      expect(await cli.exit).toBe(0);
    } finally {
      cli.child.kill();
    }
  });
});
