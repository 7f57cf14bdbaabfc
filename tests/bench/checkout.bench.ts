/**
 * `npm run bench checkout`: the register in chromium with a 20,000-product catalog (imported the way
 * a manager would, as a CSV), driven by simulated scanner keystrokes.
 *   - scan → line in the DOM: from the page receiving the scan's Enter to the new cart row being inserted;
 *   - complete-sale commit (strict durability), beside a bare IndexedDB put of one sale-sized record
 *     with durability 'strict' in the same browser and run, interleaved, as the baseline;
 *   - name search over the catalog, per keystroke typed into the search box: queries as spelled in
 *     the catalog, then queries with a slip or a spelling variant (which no word matches as typed,
 *     so every catalog word is also compared for a variant and a slip).
 * Targets (issue 2): scan p95 ≤ 16 ms, commit/baseline p95 ratio ≤ 3, search p95 ≤ 30 ms (both kinds).
 */
import { withCheckDigit } from '../../domain/catalog/barcode';
import { readyToSell, scan, startTerminal } from '../support/terminal';

const CATALOG_SIZE = 20_000;
const SALES = 60;
const LINES_PER_SALE = 8;
const SEARCHES = ['kopi', 'madu hutan', 'tenun sikka', 'sambal', 'keripik pisang', 'abon', 'garam', 'sei', 'kacang mete', 'selendang', 'minyak kelapa', 'gula lontar'];
const TYPO_SEARCHES = ['kopi bajwa', 'mdu hutan', 'tenun sika', 'sambel', 'kripik pisang', 'kacang mente', 'selendnag', 'minjak kelapa', 'gula lontra', 'kopinya sangrai'];

const KINDS = ['Kopi', 'Teh', 'Madu', 'Keripik', 'Kacang Mete', 'Sambal', 'Abon', 'Dendeng', 'Kain Tenun', 'Selendang', 'Sarung', 'Minyak Kelapa', 'Sabun', 'Gula Lontar', 'Garam', 'Beras Merah', 'Tepung', 'Sirup', 'Selai', 'Kue'];
const KINDS_2 = ['Asli', 'Pedas', 'Manis', 'Original', 'Organik', 'Premium', 'Hutan', 'Ikat', 'Sangrai', 'Bubuk', 'Kering', 'Spesial'];
const ORIGINS = ['Bajawa', 'Ende', 'Sikka', 'Kupang', 'Sumba', 'Alor', 'Rote', 'Lembata', 'Manggarai', 'Atambua', 'Soe', 'Kefamenanu', 'Larantuka', 'Maumere', 'Waingapu', "Se'i Baun"];
const SIZES = ['100 g', '250 g', '500 g', '1 kg', '300 ml', '1 lembar'];

function catalogCsv(): string {
  const rows = ['barcode,nama,harga,pemasok,kategori,satuan'];
  for (let i = 0; i < CATALOG_SIZE; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const name = `${kind} ${KINDS_2[Math.floor(i / KINDS.length) % KINDS_2.length]} ${ORIGINS[Math.floor(i / 240) % ORIGINS.length]} ${SIZES[Math.floor(i / 3840) % SIZES.length]} #${i}`;
    rows.push(`${withCheckDigit(`8997${String(i).padStart(8, '0')}`)},"${name}",${5_000 + (i % 200) * 500},UMKM ${ORIGINS[i % ORIGINS.length]},${kind},pcs`);
  }
  return rows.join('\n');
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const line = (label: string, values: number[]) => console.log(`${label.padEnd(46)} p50 ${fmt(percentile(values, 50)).padStart(10)}   p95 ${fmt(percentile(values, 95)).padStart(10)}   (n=${values.length})`);

/** Runs in the page before the app: times Enter → new cart row, ahead of the app's own listeners. */
function instrumentScans() {
  const w = window as unknown as { __scanTimes: number[]; __lastEnter: number };
  w.__scanTimes = [];
  w.__lastEnter = 0;
  // performance.now() when the page starts handling the Enter: the simulated scanner's key times
  // are spaced like hardware's, but the test harness delivers them more slowly than a scanner.
  window.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__lastEnter = performance.now()), { capture: true });
  new MutationObserver((records) => {
    const added = records.some((r) => [...r.addedNodes].some((n) => n instanceof HTMLElement && (n.matches('tr[data-line]') || n.querySelector('tr[data-line]'))));
    if (added && w.__lastEnter > 0) {
      w.__scanTimes.push(performance.now() - w.__lastEnter);
      w.__lastEnter = 0;
    }
  }).observe(document, { childList: true, subtree: true });
}

async function main() {
  const terminal = await startTerminal();
  const { page } = terminal;
  try {
    await page.addInitScript(instrumentScans);
    await page.reload();
    await page.locator('.app').waitFor();
    await readyToSell(page, 'manager');

    const importStart = performance.now();
    await page.keyboard.press('F8');
    await page.getByLabel('Berkas produk').setInputFiles({ name: 'katalog-20000.csv', mimeType: 'text/csv', buffer: Buffer.from(catalogCsv()) }, { timeout: 120_000 });
    await page.getByTestId('import-report').waitFor({ timeout: 120_000 });
    const catalogSize = await page.getByTestId('catalog-size').textContent();
    console.log(`catalog: ${catalogSize} products (20,000 imported from CSV in ${((performance.now() - importStart) / 1000).toFixed(1)} s)`);
    await page.keyboard.press('F1');

    const baseline: number[] = [];
    for (let sale = 0; sale < SALES; sale++) {
      for (let l = 0; l < LINES_PER_SALE; l++) await scan(page, withCheckDigit(`8997${String(sale * LINES_PER_SALE + l).padStart(8, '0')}`));
      await page.locator('tr[data-line]').nth(LINES_PER_SALE - 1).waitFor();
      await page.keyboard.press('F10');
      await page.keyboard.press('F1');
      await page.getByTestId('change').waitFor();
      // Wait for the receipt from inside the page: Playwright's own polling would compete with the commit.
      const receipt = page.evaluate(appears, '.receipt');
      await page.keyboard.press('Enter');
      await receipt;
      const saleJson = await page.evaluate(() => document.querySelector('.receipt')!.outerHTML);
      baseline.push(await page.evaluate(bareStrictPut, saleJson.length));
      await page.keyboard.press('Enter');
      await page.locator('.cart-empty').waitFor();
    }

    await page.keyboard.press('F2');
    const typeQueries = async (queries: string[]) => {
      for (const query of queries) {
        await page.keyboard.type(query, { delay: 30 });
        await page.keyboard.press('Escape');
        await page.keyboard.press('F2');
      }
      return page.evaluate(() => performance.getEntriesByName('pos:product-search').length);
    };
    const spelledSearches = await typeQueries(SEARCHES);
    await typeQueries(TYPO_SEARCHES);

    const measures = await page.evaluate(() => ({
      scans: (window as unknown as { __scanTimes: number[] }).__scanTimes,
      commits: performance.getEntriesByName('pos:sale-commit').map((e) => e.duration),
      searches: performance.getEntriesByName('pos:product-search').map((e) => e.duration),
    }));
    if (measures.scans.length < SALES * LINES_PER_SALE || measures.commits.length !== SALES) throw new Error(`Missing samples: ${measures.scans.length} scans, ${measures.commits.length} commits`);

    console.log(`\nchromium ${terminal.context.browser()?.version() ?? ''}, ${SALES} sales of ${LINES_PER_SALE} lines`);
    line('scan → line in DOM (target p95 ≤ 16 ms)', measures.scans);
    line('complete-sale commit, strict', measures.commits);
    line('baseline: bare IndexedDB put, strict', baseline);
    const ratio50 = percentile(measures.commits, 50) / percentile(baseline, 50);
    const ratio95 = percentile(measures.commits, 95) / percentile(baseline, 95);
    console.log(`${'commit ÷ baseline (target ≤ 3)'.padEnd(46)} p50 ${ratio50.toFixed(2).padStart(7)}×     p95 ${ratio95.toFixed(2).padStart(7)}×`);
    line('name search, 20,295 products (target ≤ 30 ms)', measures.searches.slice(0, spelledSearches));
    line('name search with slips and variants (≤ 30 ms)', measures.searches.slice(spelledSearches));
  } finally {
    await terminal.close();
  }
}

/** In the page: resolves when an element matching the selector is in the document. */
function appears(selector: string): Promise<void> {
  return new Promise((resolve) => {
    if (document.querySelector(selector)) return resolve();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** In the page: one put of a record about a sale's size into a separate database, durability 'strict'. */
async function bareStrictPut(size: number): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('bench-baseline', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const record = { id: crypto.randomUUID(), body: 'x'.repeat(size) };
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
    tx.objectStore('records').put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

await main();
