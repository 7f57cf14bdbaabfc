/**
 * Two tills of Manggarai Barat in chromium against the real server on PostgreSQL: a catalog, a
 * manager the server knows, both tills enrolled through their screens one after the other (the
 * server numbers tills in the order they enrol: A is t01) and a shift open on each. Till B may reach
 * the server through another address (a fault proxy the test made).
 */
import { addStaff } from '#sync/admin/staff';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { seedCatalog, type CatalogProduct } from './sync-fixtures';
import { startTestServer, type TestServer } from './sync-server';
import { openShift, startTerminal, type Terminal } from './terminal';
import { enrolThroughScreen, type ServerStaff } from './terminal-data';

export interface TwoTills {
  server: TestServer;
  catalog: CatalogProduct[];
  /** Each product's barcode by its id. */
  barcodes: Map<string, string>;
  tillA: Terminal;
  tillB: Terminal;
}

export async function startTwoTills(
  manager: ServerStaff,
  products: number,
  addressOfB: (server: TestServer) => Promise<string> = async (server) => server.baseUrl,
): Promise<TwoTills> {
  const server = await startTestServer('postgres');
  const catalog = await seedCatalog(server.db, products);
  const { rows } = await server.db.query<{ id: string; barcode: string }>('SELECT id, barcode FROM products');
  await addStaff(server.db, 'manggarai-barat', manager.name, 'manager', manager.pin);
  const linkB = await addressOfB(server);
  const [tillA, tillB] = await Promise.all([startTerminal(), startTerminal()]);
  const code = async () => (await createEnrolmentCode(server.db, 'manggarai-barat'))!.code;
  await enrolThroughScreen(tillA.page, server.baseUrl, await code(), manager);
  await enrolThroughScreen(tillB.page, linkB, await code(), manager);
  await Promise.all([openShift(tillA.page), openShift(tillB.page)]);
  return { server, catalog, barcodes: new Map(rows.map((r) => [r.id, r.barcode])), tillA, tillB };
}
