/**
 * For the stock end-to-end tests: the province's server process on a fresh PostgreSQL database with
 * a seeded catalog, the outlets' staff and an admin token for its stock report; a terminal enrolled
 * for one of its outlets (with the province and a virtual printer, a test file's whole set-up), the
 * Stok screen and the notice line; the terminal's ledger read back to compare with the report.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { StockLevel } from '#renderer/db/rows';
import type { InTransitLine } from '#sync/server/reports/in-transit';
import type { StockReport } from '#sync/server/reports/stock-report';
import { openTestDatabase, type TestDatabase } from './server-databases';
import { addStaff, admin, enrolmentCode, serverProcess, type ServerProcess } from './server-process';
import { seedCatalog, type CatalogProduct } from './sync-fixtures';
import { readStore, startTerminal, type Terminal, type TerminalOptions } from './terminal';
import { enrolThroughScreen } from './terminal-data';
import { startVirtualPrinter } from './virtual-printer';

export interface StockProvince {
  database: TestDatabase;
  server: ServerProcess;
  catalog: CatalogProduct[];
  /** A catalog product's barcode, to scan. */
  code(product: CatalogProduct): string;
  /** GET /v1/admin/reports/stock/OUTLET with the admin token. */
  report(outlet: string): Promise<StockReport & { inTransit: InTransitLine[] }>;
  close(): Promise<void>;
}

export async function startStockProvince(
  products: number,
  staff: readonly { outlet: string; name: string; role: 'manager' | 'kasir'; pin: string }[],
): Promise<StockProvince> {
  const database = await openTestDatabase('postgres');
  const catalog = await seedCatalog(database.db, products);
  const { rows } = await database.db.query<{ id: string; barcode: string }>('SELECT id, barcode FROM products');
  const barcodes = new Map(rows.map((r) => [r.id, r.barcode]));
  for (const s of staff) addStaff(database.url!, s.outlet, s.name, s.role, s.pin);
  const adminToken = /^(nttadm_\S+)$/m.exec(admin(database.url!, 'admin-token', 'create', 'gudang'))![1]!;
  const server = await serverProcess(database.url!);
  await server.start();
  return {
    database,
    server,
    catalog,
    code: (product) => barcodes.get(product.id)!,
    async report(outlet) {
      const reply = await fetch(`${server.url}/v1/admin/reports/stock/${outlet}`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(reply.status).toBe(200);
      return (await reply.json()) as StockReport & { inTransit: InTransitLine[] };
    },
    async close() {
      await server.stop();
      await database.close();
    },
  };
}

/** On hand per product, as the terminal's ledger keeps it. */
export async function ledger(page: Page): Promise<Record<string, number>> {
  return Object.fromEntries((await readStore<StockLevel>(page, 'stockLevels')).map((l) => [l.productId, l.onHand]));
}

/** A terminal enrolled through its screen for an outlet of the province by its manager; its printer the virtual one given. */
export async function stockTill(
  province: StockProvince,
  outlet: string,
  manager: { name: string; pin: string },
  options: TerminalOptions & { printer?: Awaited<ReturnType<typeof startVirtualPrinter>> } = {},
): Promise<Terminal> {
  const { printer, ...terminal } = options;
  const till = await startTerminal(terminal);
  if (printer) await till.bridge.registry.invoke('config-update', [{ printer: printer.config }]);
  const code = enrolmentCode(province.database.url!, outlet);
  await enrolThroughScreen(till.page, province.server.url, code, manager);
  return till;
}

export interface StockTillSuite {
  province: StockProvince;
  virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
  till: Terminal;
}

/**
 * A test file's province of three products with one outlet's manager and cashier, and its terminal
 * at 1024×768 enrolled by the manager, printing at a virtual printer: started before the file's
 * tests, closed after them. The fields are set once the tests run.
 */
export function stockTillSuite(
  outlet: string,
  manager: { name: string; pin: string },
  cashier: { name: string; pin: string },
): StockTillSuite {
  const suite = {} as StockTillSuite;
  beforeAll(async () => {
    suite.province = await startStockProvince(3, [
      { outlet, ...manager, role: 'manager' },
      { outlet, ...cashier, role: 'kasir' },
    ]);
    suite.virtual = await startVirtualPrinter(32);
    suite.till = await stockTill(suite.province, outlet, manager, {
      viewport: { width: 1024, height: 768 },
      printer: suite.virtual,
    });
  }, 240_000);
  afterAll(async () => {
    await suite.till?.close();
    await suite.virtual?.close();
    await suite.province?.close();
  });
  return suite;
}

/** The Stok screen, from the top bar. */
export async function openStock(page: Page): Promise<void> {
  await page.locator('.top-bar nav').getByRole('button', { name: 'Stok', exact: true }).click();
  await page.locator('main.stock-screen').waitFor();
}

/** The notice line's text. */
export const notice = (page: Page) => page.locator('.notice').textContent();
