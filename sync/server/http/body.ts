/**
 * Reads a JSON request body: content type and encoding checked, size limited before and after
 * gunzip (a small gzip can inflate to gigabytes) to what the endpoint takes, its shape (depth,
 * items, values) checked before parsing, UTF-8 strict, JSON parsed, text PostgreSQL cannot store
 * refused, then the schema. Every failure is a 4xx with a reason.
 */
import type { IncomingMessage } from 'node:http';
import { createGunzip } from 'node:zlib';
import type { z } from 'zod';
import { HttpError, invalid } from './http-error';
import { JsonShapeCheck, type ShapeLimits, type ShapeProblem } from './json-shape';

/** What one endpoint takes: bytes on the wire and after gunzip, and the shape of the JSON. */
export interface BodyLimits extends ShapeLimits {
  bytes: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readJsonBody<S extends z.ZodType>(
  req: IncomingMessage,
  schema: S,
  limits: BodyLimits,
): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJson(req, limits));
  if (!parsed.success) throw invalid('invalid-body', parsed.error.issues);
  return parsed.data;
}

/** The body as parsed JSON, for an endpoint that validates it in steps of its own. */
export async function readJson(req: IncomingMessage, limits: BodyLimits): Promise<unknown> {
  const maxBytes = limits.bytes;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json')
    throw new HttpError(415, 'unsupported-media-type', 'send the body as Content-Type: application/json');
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip')
    throw new HttpError(415, 'unsupported-encoding', `Content-Encoding ${encoding} is not supported; use gzip or none`);
  const raw = await readRaw(req, maxBytes);
  const bytes = encoding === 'gzip' ? await inflate(raw, limits) : checkedShape(raw, limits);
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
  return value;
}

export function readRaw(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new HttpError(413, 'body-too-large', `the body exceeds ${maxBytes} bytes; send smaller batches`, undefined, {
      Connection: 'close',
    });
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

function shapeError(problem: ShapeProblem): HttpError {
  return problem.kind === 'too-deep'
    ? new HttpError(400, 'malformed-body', problem.message)
    : new HttpError(413, 'body-too-large', problem.message);
}

function checkedShape(bytes: Buffer, limits: ShapeLimits): Buffer {
  const problem = new JsonShapeCheck(limits).feed(bytes);
  if (problem) throw shapeError(problem);
  return bytes;
}

/** Inflates chunk by chunk, checking size and shape as it goes: a hostile body stops at its first bad chunk. */
function inflate(compressed: Buffer, limits: BodyLimits): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const shape = new JsonShapeCheck(limits);
    const gunzip = createGunzip();
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (error: HttpError) => {
      gunzip.destroy();
      reject(error);
    };
    gunzip.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.bytes)
        return fail(
          new HttpError(413, 'body-too-large', `the body inflates beyond ${limits.bytes} bytes; send smaller batches`),
        );
      const problem = shape.feed(chunk);
      if (problem) return fail(shapeError(problem));
      chunks.push(chunk);
    });
    gunzip.on('error', (error) => fail(new HttpError(400, 'bad-gzip', `the body is not valid gzip: ${error.message}`)));
    gunzip.on('end', () => resolve(Buffer.concat(chunks)));
    gunzip.end(compressed);
  });
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
