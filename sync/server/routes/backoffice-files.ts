/**
 * The back office's web app, built into dist/backoffice (backoffice/build.ts), served at /kantor/:
 * its hashed assets cached for good, every other path under /kantor/ answered with index.html (the
 * app's own screens), and / sends a browser there. Headers keep the app out of frames and other
 * origins' scripts out of the app.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { BACKOFFICE_DIST } from '../backoffice/build';
import type { Route } from '../http/context';
import { HttpError } from '../http/http-error';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
};

export const backofficeFiles: Route = async (ctx) => {
  const path = decoded(ctx.params[0] ?? '/');
  const asset = path.startsWith('/assets/') ? normalize(join(BACKOFFICE_DIST, path)) : null;
  if (asset !== null && !asset.startsWith(BACKOFFICE_DIST + sep)) throw new HttpError(404, 'not-found', 'no such file');
  const file = asset ?? join(BACKOFFICE_DIST, 'index.html');
  const type = TYPES[extname(file)];
  if (!type) throw new HttpError(404, 'not-found', 'no such file');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new HttpError(404, 'not-found', asset ? 'no such file' : 'the back office is not built');
  }
  const cache = asset ? 'public, max-age=31536000, immutable' : 'no-store';
  return { status: 200, text, contentType: type, headers: { ...SECURITY_HEADERS, 'Cache-Control': cache } };
};

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new HttpError(404, 'not-found', 'no such file');
  }
}

export const toBackoffice: Route = async () => ({
  status: 302,
  body: { location: '/kantor/' },
  headers: { Location: '/kantor/' },
});
