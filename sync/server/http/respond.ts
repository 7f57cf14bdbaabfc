/** JSON (and report CSV) answers, gzipped for clients that accept it (pull pages cross 3G links), with CORS for terminals running in a browser. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
/** Below this, gzip saves less than it costs. */
const GZIP_FROM_BYTES = 1024;

/** Bearer tokens, not cookies, so any origin may call; Date is exposed for the terminal's clock check. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Content-Encoding',
  'Access-Control-Expose-Headers': 'Date, Retry-After',
  'Access-Control-Max-Age': '86400',
};

export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<void> {
  return sendText(req, res, status, JSON.stringify(body), 'application/json; charset=utf-8', headers);
}

/** Text of any type (a report's CSV) or bytes (a PDF), gzipped like JSON. */
export async function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  text: string | Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): Promise<void> {
  let payload = typeof text === 'string' ? Buffer.from(text) : Buffer.from(text.buffer, text.byteOffset, text.length);
  const all: Record<string, string | number> = {
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    ...CORS_HEADERS,
    ...headers,
  };
  if (payload.length >= GZIP_FROM_BYTES && /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) {
    payload = await gzipAsync(payload);
    all['Content-Encoding'] = 'gzip';
    all['Vary'] = 'Accept-Encoding';
  }
  all['Content-Length'] = payload.length;
  res.writeHead(status, all).end(payload);
}
