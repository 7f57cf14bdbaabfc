/**
 * The back office's calls to its server (docs/BACKOFFICE.md): same origin, the session cookie sent
 * by the browser, the session's CSRF token on every change, every answer checked with the
 * protocol's schemas. Refusals become an ApiError with a message in Bahasa Indonesia.
 */
import { z } from 'zod';
import {
  CSRF_HEADER,
  dashboardSchema,
  opdAsnListSchema,
  sessionSchema,
  type BackofficeSession,
  type Dashboard,
  type OpdAsnList,
} from '#sync/protocol/backoffice';
import { errorBodySchema } from '#sync/protocol/errors';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The fields the server named, for messages beside them. */
    readonly fields: string[] = [],
    /** Each field's refusal, worded by the server. */
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

let csrfToken = '';

export async function call<S extends z.ZodType>(method: 'GET' | 'POST', path: string, schema: S, body?: unknown) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method === 'POST') headers[CSRF_HEADER] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw refusal(response, json);
  return schema.parse(json) as z.infer<S>;
}

/**
 * A file sent as it is (a catalog or roster import), the path's query naming it; the answer checked
 * like `call`'s. XMLHttpRequest rather than fetch, for the upload's progress (0–1).
 */
export async function upload<S extends z.ZodType>(
  path: string,
  schema: S,
  file: Blob,
  onProgress: (sent: number) => void = () => undefined,
) {
  const response = await new Promise<Response>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader(CSRF_HEADER, csrfToken);
    request.upload.onprogress = (e) => onProgress(e.lengthComputable && e.total > 0 ? e.loaded / e.total : 0);
    request.onload = () =>
      resolve(
        new Response(request.responseText, {
          status: request.status,
          headers: { 'retry-after': request.getResponseHeader('retry-after') ?? '0' },
        }),
      );
    request.onerror = () => reject(new ApiError(0, 'Server tidak bisa dihubungi; coba lagi sebentar lagi.'));
    request.send(file);
  });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw refusal(response, json);
  return schema.parse(json) as z.infer<S>;
}

function refusal(response: Response, json: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(json);
  const issues = parsed.success ? (parsed.data.error.issues ?? []) : [];
  const fields = issues.map((i) => i.path);
  const wait = Number(response.headers.get('retry-after') ?? 0);
  // A refused change says why in Bahasa Indonesia: the user reads the server's own reason.
  if (parsed.success && parsed.data.error.code === 'change-refused')
    return new ApiError(response.status, parsed.data.error.message);
  switch (response.status) {
    case 400:
      return new ApiError(
        400,
        issues.length > 0
          ? `Isian tidak sah: ${issues.map((i) => i.message).join('; ')}.`
          : 'Isian tidak sah; periksa kolom yang ditandai.',
        fields,
        issues,
      );
    case 401:
      return new ApiError(401, 'Nama atau kata sandi salah, atau akunnya nonaktif.');
    case 403:
      return new ApiError(403, 'Anda tidak berwenang untuk ini.');
    case 404:
      return new ApiError(404, 'Data itu tidak ada.');
    case 413:
      return new ApiError(413, 'Berkas terlalu besar.');
    case 415:
      return new ApiError(415, parsed.success ? parsed.data.error.message : 'Jenis berkas tidak didukung.');
    case 429:
      return new ApiError(429, `Terlalu banyak percobaan masuk. Coba lagi dalam ${Math.ceil(wait / 60)} menit.`);
    default:
      return new ApiError(response.status, 'Server tidak bisa menjawab sekarang; coba lagi sebentar lagi.');
  }
}

function remember(session: BackofficeSession): BackofficeSession {
  csrfToken = session.csrfToken;
  return session;
}

/** Who is signed in, or null. */
export async function currentSession(): Promise<BackofficeSession | null> {
  try {
    return remember(await call('GET', '/v1/backoffice/session', sessionSchema));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(name: string, password: string): Promise<BackofficeSession> {
  return remember(await call('POST', '/v1/backoffice/login', sessionSchema, { name, password }));
}

/** Ends this session, or with `everywhere` every session of the user. */
export async function signOut(everywhere: boolean): Promise<void> {
  await call('POST', everywhere ? '/v1/backoffice/logout-all' : '/v1/backoffice/logout', z.unknown());
  csrfToken = '';
}

export function loadDashboard(month: string): Promise<Dashboard> {
  return call('GET', `/v1/backoffice/dashboard?month=${encodeURIComponent(month)}`, dashboardSchema);
}

/** One OPD's ASN and their month (bkd and provinsi). */
export function loadOpdAsn(month: string, opd: string): Promise<OpdAsnList> {
  const query = new URLSearchParams({ month, opd });
  return call('GET', `/v1/backoffice/asn-opd?${query}`, opdAsnListSchema);
}

export async function setTarget(monthlyAmount: number): Promise<void> {
  await call('POST', '/v1/backoffice/target', z.unknown(), { monthlyAmount });
}
