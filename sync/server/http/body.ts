/**
 * Reads a JSON request body: content type and encoding checked, size limited before and after
 * gunzip (a small gzip can inflate to gigabytes), UTF-8 strict, JSON parsed, text PostgreSQL cannot
 * store refused, then the schema. Every failure is a 4xx with a reason.
 */
import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { z } from 'zod';
import { HttpError, invalid } from './http-error';

const gunzipAsync = promisify(gunzip);
const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readJsonBody<S extends z.ZodType>(req: IncomingMessage, schema: S, maxBytes: number): Promise<z.infer<S>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'unsupported-media-type', 'send the body as Content-Type: application/json');
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip') throw new HttpError(415, 'unsupported-encoding', `Content-Encoding ${encoding} is not supported; use gzip or none`);
  const raw = await readRaw(req, maxBytes);
  const bytes = encoding === 'gzip' ? await inflate(raw, maxBytes) : raw;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new HttpError(400, 'malformed-body', 'the body is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, 'malformed-body', `the body is not JSON: ${(error as Error).message}`);
  }
  const unstorable = findUnstorableText(value);
  if (unstorable) throw new HttpError(400, 'malformed-body', unstorable);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid('invalid-body', parsed.error);
  return parsed.data;
}

function readRaw(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, 'body-too-large', `the body exceeds ${maxBytes} bytes; send smaller batches`, undefined, { Connection: 'close' });
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        req.removeAllListeners('data');
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => reject(new HttpError(400, 'malformed-body', 'the body could not be read')));
    req.on('aborted', () => reject(new HttpError(400, 'malformed-body', 'the request was aborted')));
  });
}

async function inflate(compressed: Buffer, maxBytes: number): Promise<Buffer> {
  try {
    return await gunzipAsync(compressed, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new HttpError(413, 'body-too-large', `the body inflates beyond ${maxBytes} bytes; send smaller batches`);
    }
    throw new HttpError(400, 'bad-gzip', `the body is not valid gzip: ${(error as Error).message}`);
  }
}

/**
 * PostgreSQL text and jsonb cannot hold NUL characters or unpaired UTF-16 surrogates (JSON
 * allows both as \u escapes). Walks the value without recursion, so deep nesting cannot overflow.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function findUnstorableText(value: unknown): string | null {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return 'text must not contain NUL characters';
      if (LONE_SURROGATE.test(item)) return 'text must not contain unpaired surrogates';
    } else if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) stack.push(key, child);
    }
  }
  return null;
}
