import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CRUISER = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const run = promisify(execFile);

let project = '';
afterEach(() => rmSync(project, { recursive: true, force: true }));

/** A tiny repository laid out like ours, checked by `npm run deps`'s own rules. */
async function cruise(files: Record<string, string>): Promise<{ code: number; output: string }> {
  project = mkdtempSync(join(tmpdir(), 'deps-'));
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }),
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  const folders = [...new Set(Object.keys(files).map((path) => path.split('/')[0]!))];
  try {
    const { stdout } = await run(process.execPath, [CRUISER, '--config', CONFIG, '--output-type', 'err', ...folders], {
      cwd: project,
    });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

describe('the dependency check (npm run deps)', () => {
  it('passes imports the layer table allows', async () => {
    const result = await cruise({
      'domain/money.ts': 'export const rupiah = 1;\n',
      'renderer/total.ts': "import { rupiah } from '../domain/money';\nexport const total = rupiah;\n",
      'electron/main.ts':
        "import { readFileSync } from 'node:fs';\nimport { rupiah } from '../domain/money';\nexport const read = () => readFileSync('x') && rupiah;\n",
    });
    expect(result.output).toContain('no dependency violations');
    expect(result.code).toBe(0);
  });

  it('fails on each kind of violation, naming the broken rule', async () => {
    const result = await cruise({
      'domain/impure.ts': "import { total } from '../renderer/total';\nexport const x = total;\n",
      'renderer/total.ts': "import { open } from '../hardware/port';\nexport const total = open;\n",
      'hardware/port.ts':
        "import { openSync } from 'node:fs';\nimport { push } from '../sync/client/push';\nexport const open = () => openSync('x') && push;\n",
      'sync/client/push.ts': "import { request } from 'node:http';\nexport const push = request;\n",
      'sync/server/app.ts': "import { open } from '../../hardware/port';\nexport const app = open;\n",
      'electron/main.ts': "import { total } from '../renderer/total';\nexport const main = total;\n",
    });
    expect(result.code).not.toBe(0);
    for (const rule of [
      'domain-is-pure',
      'renderer-no-node',
      'hardware-not-sync',
      'sync-client-is-portable',
      'server-stands-alone',
      'main-not-renderer',
    ]) {
      expect(result.output).toContain(`error ${rule}:`);
    }
  });
});
