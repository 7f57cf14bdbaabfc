/**
 * The governor's monthly report in chromium against the real server process on PostgreSQL: two
 * terminals push sales, a provincial user opens Laporan and sees each outlet's sales against its
 * target, prints it (the print stylesheet leaves the menu out), and downloads the PDF, which starts
 * with %PDF and names the outlets. Screenshot at 1366×768 in test-results/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatRupiah, rupiah } from '#domain/money';
import { businessMonth } from '#domain/wita';
import { outletMonthSales } from '#sync/server/reports/month-figures';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { backofficeEnvironment, provinceSignedIn } from '../support/backoffice-e2e';
import { pdfText } from '../support/pdf-text';
import { saleEvent, seedCatalog, type CatalogProduct } from '../support/sync-fixtures';

const screen = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

const env = backofficeEnvironment();
let products: CatalogProduct[];
beforeAll(async () => {
  products = await seedCatalog(env.database.db, 4);
});

async function pushSales(outletId: string, count: number) {
  const { code } = (await createEnrolmentCode(env.database.db, outletId))!;
  const enrolled = await fetch(`${env.server.url}/v1/terminals/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, name: 'Kasir 1' }),
  });
  const { terminalId, token } = (await enrolled.json()) as { terminalId: string; token: string };
  const events = Array.from({ length: count }, (_, i) =>
    saleEvent({ terminal: { id: terminalId, outletId }, seq: i + 1, products }),
  );
  const pushed = await fetch(`${env.server.url}/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ events }),
  });
  expect(pushed.status).toBe(200);
}

describe("the governor's report in chromium", () => {
  it('shows sales against target per outlet, prints without the menu, and downloads the PDF', async () => {
    await pushSales('ende', 3);
    await pushSales('alor', 2);
    const month = businessMonth(Date.now());
    const sold = new Map((await outletMonthSales(env.database.db, month)).map((o) => [o.id, o.total]));
    expect(sold.get('ende')).toBeGreaterThan(0);

    const page = await provinceSignedIn(env);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'Laporan' }).click();
    const report = page.getByTestId('governor-report');
    await report.getByTestId('report-outlets').waitFor();
    expect(await report.getByTestId('report-scope').textContent()).toBe('Provinsi Nusa Tenggara Timur');
    for (const id of ['ende', 'alor']) {
      const cell = report
        .locator(`[data-testid="report-outlets"] tr[data-key="${id}"]`)
        .getByTestId('report-outlet-sales');
      expect(screen(await cell.textContent())).toBe(screen(formatRupiah(rupiah(sold.get(id)!))));
    }
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/backoffice-governor-report.png', fullPage: true });

    // Printed: the menu and the buttons are left out, the figures stay.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await report.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false);
    expect(await report.getByTestId('report-outlets').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The PDF link, with the page's session.
    const download = page.waitForEvent('download');
    await report.getByRole('link', { name: 'Unduh PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`laporan-gubernur-${month}.pdf`);
    const pdf = readFileSync((await file.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('NTT Mart Ende');
    expect(text).toContain('NTT Mart Alor');
    expect(text).toContain(screen(formatRupiah(rupiah(sold.get('ende')!))));
    await page.close();
  }, 120_000);
});
