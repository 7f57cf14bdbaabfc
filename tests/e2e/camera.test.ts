/**
 * Camera scanning end to end: chromium's fake camera plays a generated video of a product's
 * barcode; with the camera switched on in Pengaturan, the register's camera scanner (quagga2 on the
 * live stream, in the built renderer under its CSP) rings the product up once, however long it
 * stays in view.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { CLEAN, renderFrame, writeCameraVideo } from '../support/barcode-images';
import { readyToSell, startTerminal, type Terminal } from '../support/terminal';

const kopi = DEMO_CATALOG.find((p) => p.name === 'Kopi Arabika Bajawa Bubuk 250 g')!;
let terminal: Terminal;

beforeAll(async () => {
  const video = join(mkdtempSync(join(tmpdir(), 'ntt-camera-e2e-')), 'kopi.y4m');
  const frames = await Promise.all(
    [0, 1, 2, 3].map((frame) =>
      renderFrame({ bcid: 'ean13', text: kopi.barcode! }, { ...CLEAN, noiseSigma: 4 }, 7, frame),
    ),
  );
  await writeCameraVideo(video, frames);
  terminal = await startTerminal({
    chromiumArgs: [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  await readyToSell(terminal.page, 'manager');
});
afterAll(async () => {
  await terminal?.close();
});

describe('camera scanner in chromium', () => {
  it('is switched on in Pengaturan and adds the product in view to the cart once', async () => {
    const { page } = terminal;
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    // The box shows the saved setting, so it turns checked once main has stored it, not at the click.
    await page.getByLabel('Pakai kamera di layar kasir').click();
    await expect.poll(() => terminal.bridge.config.current().cameraScanner).toBe(true);
    await expect.poll(() => page.getByLabel('Pakai kamera di layar kasir').isChecked()).toBe(true);
    await page.keyboard.press('F1');
    await page.locator('.camera-view video').waitFor();
    const line = page.locator('table.cart tbody tr');
    await expect.poll(() => line.locator('.line-name').textContent(), { timeout: 15_000 }).toBe(kopi.name);
    await expect.poll(() => page.getByTestId('camera-last').textContent()).toBe(`Terbaca: ${kopi.barcode}`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await line.count()).toBe(1);
    expect(await line.locator('input.quantity').inputValue()).toBe('1');
  });
});
