/** `npm run start:web`: builds the renderer and serves it with the bridge on http://127.0.0.1:5183/. */
import { pathToFileURL } from 'node:url';
import { buildRenderer } from './build';
import { packageVersion, RENDERER_DIST, WEB_DATA_DIR } from './paths';
import { createBridgeHost } from './terminal-host';
import { DEFAULT_WEB_PORT, startWebHost } from './web-host';

export async function runWebHost(): Promise<void> {
  await buildRenderer();
  const bridge = createBridgeHost(WEB_DATA_DIR, 'web', packageVersion());
  const { registry, events } = bridge;
  const port = Number(process.env.PORT ?? DEFAULT_WEB_PORT);
  const host = await startWebHost({ rendererDir: RENDERER_DIST, registry, events, port }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      console.error(
        `Port ${port} is already in use: is the terminal already running at http://127.0.0.1:${port}/ ? Otherwise pick another port with PORT=…`,
      );
      process.exit(1);
    },
  );
  console.log(`\nNTT Mart POS (web host) is running: open ${host.openUrl} in Chromium, Chrome or Edge.`);
  console.log("That address carries this start's key: only a browser that opened it reaches the terminal's services.");
  console.log(`Sales are kept in that browser's storage for ${host.url}. Press Ctrl+C to stop.\n`);
  const stop = () => void Promise.all([host.close(), bridge.close()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runWebHost();
