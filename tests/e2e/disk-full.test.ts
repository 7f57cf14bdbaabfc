/**
 * A full disk loses nothing. The terminal's chromium profile and its host's user data folder live
 * on a small tmpfs mounted by the test. Sales are rung up; the disk then fills: below the reserve
 * the terminal refuses new sales with a message for the manager; then the disk fills to the last
 * byte and chromium closes on it. After the space comes back and chromium starts again on the same
 * profile, every sale the cashier saw saved is in the outbox and numbering goes on without reuse —
 * whether chromium kept its IndexedDB or (as it does after a full disk) deleted it, when the
 * journal in the user data folder rebuilds it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStore, readyToSell, scan, signIn, startTerminal, type Terminal } from '../support/terminal';
import { sell } from '../support/terminal-data';

const DISK_MB = 400;
const RESERVE_MB = 100;
const KOPI = '8995120100025';

let mountPoint: string | null = null;
let mountProblem: string | null = null;
let terminal: Terminal | null = null;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'ntt-disk-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m`, 'tmpfs', dir], { stdio: 'pipe' });
    mountPoint = dir;
  } catch (error) {
    mountProblem = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    rmSync(dir, { recursive: true, force: true });
  }
});

afterAll(async () => {
  await terminal?.close().catch(() => undefined);
  if (mountPoint) {
    execFileSync('umount', ['--lazy', mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  }
});

/** Fills the filesystem until `leaveMb` is left (0: to the last byte). */
function fill(path: string, leaveMb: number): void {
  const free = Number(execFileSync('df', ['--output=avail', '-B1', mountPoint!]).toString().split('\n')[1]);
  try {
    writeFileSync(
      path,
      Buffer.alloc(Math.max(0, free - leaveMb * 1024 * 1024) + (leaveMb === 0 ? 64 * 1024 * 1024 : 0)),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
}

async function receiptNumbers(page: Page): Promise<string[]> {
  const events = await readStore<{ seq: number; type: string; payload: { receiptNo?: string } }>(page, 'outbox');
  return events.filter((e) => e.type === 'sale.completed').map((e) => e.payload.receiptNo!);
}

describe('a full disk under the terminal', () => {
  it("stops sales at the reserve and loses no saved sale across the full disk and a restart, with or without chromium's database", async (context) => {
    if (!mountPoint) return context.skip(`cannot mount a tmpfs here: ${mountProblem}`);
    terminal = await startTerminal({ baseDir: mountPoint });
    const { bridge } = terminal;
    await bridge.registry.invoke('config-update', [{ lowDiskMb: RESERVE_MB }]);
    await terminal.page.reload();
    await readyToSell(terminal.page);

    const saved: string[] = [];
    for (let i = 0; i < 3; i++) saved.push(await sell(terminal.page, [KOPI]));
    expect(new Set(saved).size).toBe(3);

    // Below the reserve: the sale in progress is refused with the reason, the cart kept.
    const filler = join(mountPoint, 'pengisi');
    fill(filler, RESERVE_MB / 2);
    const { page } = terminal;
    await scan(page, KOPI);
    await page.locator('table.cart tbody tr').first().waitFor();
    await page.keyboard.press('F10');
    await page.locator('[data-sales-stopped="true"]').waitFor({ timeout: 15_000 });
    // The disk is measured after each sale and as payment opens, so the stop lands before F10 (payment
    // refused) or while paying (the sale refused at its Enter); either way with the reason, the cart kept.
    if (await page.getByTestId('payment-total').isVisible()) {
      await page.keyboard.press('F1');
      await page.keyboard.press('F10');
    }
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Penjualan dihentikan: ruang disk tinggal');
    expect(await page.locator('.receipt').count()).toBe(0);
    expect(await page.locator('table.cart tbody tr').count()).toBe(1);

    // To the last byte, then chromium closes on the full disk.
    fill(join(mountPoint, 'pengisi-2'), 0);
    await page.keyboard.press('Escape');
    await terminal.context.close();
    rmSync(filler);
    rmSync(join(mountPoint, 'pengisi-2'));

    // Same profile again: whatever chromium kept, the sales are there.
    await terminal.relaunch();
    await expect.poll(() => receiptNumbers(terminal!.page), { timeout: 15_000 }).toEqual(saved);

    // Chromium deleted the database (as it does after a full disk): the journal rebuilds it.
    await terminal.context.close();
    rmSync(join(terminal.profileDir, 'Default', 'IndexedDB'), { recursive: true, force: true });
    await terminal.relaunch();
    await expect.poll(() => receiptNumbers(terminal!.page), { timeout: 15_000 }).toEqual(saved);
    const outbox = await readStore<{ seq: number }>(terminal.page, 'outbox');
    // The shift opened before the disk filled is still open: Maria signs in straight to the register.
    await signIn(terminal.page, 'Maria', '1234');
    await terminal.page.locator('main.register').waitFor();
    const next = await sell(terminal.page, [KOPI]);
    expect(saved).not.toContain(next);
    const after = await readStore<{ seq: number }>(terminal.page, 'outbox');
    expect(Math.min(...after.filter((e) => !outbox.some((o) => o.seq === e.seq)).map((e) => e.seq))).toBeGreaterThan(
      Math.max(...outbox.map((e) => e.seq)),
    );
  }, 180_000);
});
