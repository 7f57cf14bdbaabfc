/**
 * The main process's requests to the provincial server, with the terminal's token: enrolment,
 * push and pull. Each answers with data (sync/client's ServerAnswer): whatever the server said,
 * or why it could not be reached. Bodies of pushes arrive already gzipped from the sync client.
 */
import { APP_VERSION_HEADER, type StreamName } from '#sync/protocol/messages';
import type { RaisePurchaseOrder } from '#sync/protocol/purchase-order';
import type { ServerAnswer } from '#sync/protocol/server-answer';
import type { SyncConnection } from './connection';

/** A 256 KB batch over a 1 Mbit/s link takes 2 s; a 5,000-row roster page a little more. */
const PUSH_TIMEOUT_MS = 60_000;
const PULL_TIMEOUT_MS = 120_000;
const ENROL_TIMEOUT_MS = 30_000;
/** A cashier waits at the counter for this one. */
const SALE_TIMEOUT_MS = 10_000;

/**
 * Pushes and pulls are idempotent (the server stores an event once), so a reset socket costs a second
 * try, not a failed sync. Each push names the app's version, so the province sees tills on old versions.
 */
export function pushBatch(
  connection: SyncConnection,
  gzippedBody: Uint8Array,
  appVersion: string,
): Promise<ServerAnswer> {
  return retriedOnReset(() =>
    request(`${connection.serverUrl}/v1/sync/push`, PUSH_TIMEOUT_MS, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${connection.token}`,
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        [APP_VERSION_HEADER]: appVersion,
      },
      body: gzippedBody as Uint8Array<ArrayBuffer>,
    }),
  );
}

export function pullPage(
  connection: SyncConnection,
  stream: StreamName,
  cursor: string | null,
  limit: number,
): Promise<ServerAnswer> {
  const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
  return retriedOnReset(() =>
    request(`${connection.serverUrl}/v1/sync/pull/${stream}?${query}`, PULL_TIMEOUT_MS, {
      headers: { authorization: `Bearer ${connection.token}` },
    }),
  );
}

/**
 * How a kept-alive socket the server closed just as a request went out shows: Node's fetch
 * reports the other side closing (UND_ERR_SOCKET) or a reset. A new connection then usually works.
 */
const SOCKET_RESETS = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

async function retriedOnReset(send: () => Promise<ServerAnswer>): Promise<ServerAnswer> {
  const first = await send();
  return first.kind === 'unreachable' && SOCKET_RESETS.has(first.message) ? send() : first;
}

/** A sale of the terminal's outlet by receipt number or id, with its refunds (for a refund at this till). */
export function outletSale(connection: SyncConnection, receiptNoOrId: string): Promise<ServerAnswer> {
  return request(`${connection.serverUrl}/v1/sales/${encodeURIComponent(receiptNoOrId)}`, SALE_TIMEOUT_MS, {
    headers: { authorization: `Bearer ${connection.token}` },
  });
}

/** A manager's purchase order for the terminal's outlet; not retried (a second try could raise it twice). */
export function raisePurchaseOrder(connection: SyncConnection, order: RaisePurchaseOrder): Promise<ServerAnswer> {
  return request(`${connection.serverUrl}/v1/sync/purchase-orders`, SALE_TIMEOUT_MS, {
    method: 'POST',
    headers: { authorization: `Bearer ${connection.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(order),
  });
}

/** The outlet's tills on a WITA day (their shifts and last push), for the manager's day close. */
export function outletDay(connection: SyncConnection, businessDate: string): Promise<ServerAnswer> {
  return request(`${connection.serverUrl}/v1/outlet/day/${businessDate}`, SALE_TIMEOUT_MS, {
    headers: { authorization: `Bearer ${connection.token}` },
  });
}

/** The province's ASN key, for a terminal enrolled before enrolment handed it over. */
export function asnKey(connection: SyncConnection): Promise<ServerAnswer> {
  return request(`${connection.serverUrl}/v1/terminals/asn-key`, SALE_TIMEOUT_MS, {
    headers: { authorization: `Bearer ${connection.token}` },
  });
}

export async function requestEnrolment(serverUrl: string, code: string, name: string): Promise<ServerAnswer> {
  return request(`${serverUrl}/v1/terminals/enroll`, ENROL_TIMEOUT_MS, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, name }),
  });
}

async function request(url: string, timeoutMs: number, init: RequestInit): Promise<ServerAnswer> {
  try {
    // fetch asks for gzip and inflates the answer by itself.
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page, say): kept as text for the message.
    }
    return { kind: 'answer', status: response.status, body, date: response.headers.get('date') };
  } catch (error) {
    return { kind: 'unreachable', reason: 'network', message: networkReason(error) };
  }
}

/** The most telling part of a fetch failure: ECONNREFUSED, ECONNRESET, a time-out… */
function networkReason(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'waktu habis';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
