/** `npm run start:web`: builds the renderer and serves it with the bridge on http://127.0.0.1:5183/. */
import { pathToFileURL } from 'node:url';
import { buildRenderer } from './build';
import { packageVersion, RENDERER_DIST, WEB_DATA_DIR } from './paths';
import { createBridgeHost } from './terminal-host';
import { DEFAULT_WEB_PORT, startWebHost } from './web-host';

export async function runWebHost(): Promise<void> {
  await buildRenderer();
  const { registry, events } = createBridgeHost(WEB_DATA_DIR, 'web', packageVersion());
  const host = await startWebHost({ rendererDir: RENDERER_DIST, registry, events, port: Number(process.env.PORT ?? DEFAULT_WEB_PORT) });
  console.log(`\nNTT Mart POS (web host) is running: open ${host.url} in Chromium, Chrome or Edge.`);
  console.log('Sales are kept in that browser\'s storage for this address. Press Ctrl+C to stop.\n');
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runWebHost();
