/**
 * The bridge's sync channels: the main process enrols the terminal, keeps its token and makes
 * the authenticated requests for the renderer's sync client; it also writes exports of unsynced
 * events for carrying to the office. Plain functions of the user data folder, tested directly.
 */
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { enrollResponseSchema } from '#sync/protocol/messages';
import { serverAddress } from '#sync/protocol/server-address';
import type { ServerAnswer } from '#sync/protocol/server-answer';
import type { Handlers } from '#bridge/bridge-contract';
import { ok, problem, type Problem } from '#domain/result';
import { z } from 'zod';
import type { PinGuard } from '#domain/staff/pin-guard';
import type { SecretBox } from '../secrets/secret-box';
import { loadConnection, publicInfo, saveConnection, type SyncConnection } from './connection';
import {
  asnKey,
  outletDay,
  outletSale,
  pullPage,
  pushBatch,
  raisePurchaseOrder,
  requestEnrolment,
} from './server-requests';
import { DEMO_ASN_KEY, nipKeys } from '#domain/asn/nip-key';
import { RateLimiter } from '#domain/rate-limit';

type SyncChannel =
  | 'sync-connection'
  | 'sync-enrol'
  | 'sync-push'
  | 'sync-pull'
  | 'sync-sale'
  | 'sync-purchase-order'
  | 'sync-outlet-day'
  | 'sync-export-write'
  | 'asn-nip-keys';

export const EXPORT_FOLDER = 'ekspor';

/**
 * NIPs a minute the province's key may be applied to. A NIP has about 30 bits of entropy, so an
 * unlimited channel would let whoever controls the renderer key the whole NIP space in days; a till
 * needs a few keys a sale.
 */
export const NIP_KEYS_PER_MINUTE = 120;

const NOT_ENROLLED: ServerAnswer = {
  kind: 'unreachable',
  reason: 'not-enrolled',
  message: 'terminal belum didaftarkan',
};

export function createSyncHandlers(
  userDataDir: string,
  secrets: SecretBox,
  pins: PinGuard,
  appVersion: string,
  nipBudget = new RateLimiter(NIP_KEYS_PER_MINUTE, 60_000),
): Pick<Handlers, SyncChannel> {
  return {
    'sync-connection': async () => {
      const connection = await loadConnection(userDataDir, secrets);
      return ok(connection ? publicInfo(connection) : null);
    },
    'sync-enrol': async ({ serverUrl, code, name, allowPlainHttp }) => {
      const existing = await loadConnection(userDataDir, secrets);
      if (existing)
        return problem(
          'already-enrolled',
          `Terminal ini sudah terdaftar sebagai ${existing.terminalId} di ${existing.serverUrl}.`,
        );
      const address = serverAddress(serverUrl, allowPlainHttp);
      if (!address.ok) return address;
      const base = address.value;
      const answer = await requestEnrolment(base, code, name);
      if (answer.kind === 'unreachable') return problem('network', unreachableMessage(base, answer.message));
      if (answer.status !== 201) return { ok: false, error: enrolmentRefusal(answer.status) };
      const enrolled = enrollResponseSchema.parse(answer.body);
      const connection = {
        serverUrl: base,
        terminalId: enrolled.terminalId,
        outletId: enrolled.outletId,
        token: enrolled.token,
        asnKey: enrolled.asnKey,
        enrolledAt: new Date().toISOString(),
      };
      saveConnection(userDataDir, secrets, connection);
      return ok(publicInfo(connection));
    },
    'sync-push': async (gzippedBase64) => {
      const connection = await loadConnection(userDataDir, secrets);
      return ok(
        connection ? await pushBatch(connection, Buffer.from(gzippedBase64, 'base64'), appVersion) : NOT_ENROLLED,
      );
    },
    'sync-pull': async (stream, cursor, limit) => {
      const connection = await loadConnection(userDataDir, secrets);
      if (!connection) return ok(NOT_ENROLLED);
      const answer = await pullPage(connection, stream, cursor, limit);
      return ok(stream === 'staff' ? await pepperStaffPage(answer, pins) : answer);
    },
    'sync-sale': async (receiptNoOrId) => {
      const connection = await loadConnection(userDataDir, secrets);
      return ok(connection ? await outletSale(connection, receiptNoOrId) : NOT_ENROLLED);
    },
    'sync-purchase-order': async (order) => {
      const connection = await loadConnection(userDataDir, secrets);
      return ok(connection ? await raisePurchaseOrder(connection, order) : NOT_ENROLLED);
    },
    'sync-outlet-day': async (date) => {
      const connection = await loadConnection(userDataDir, secrets);
      return ok(connection ? await outletDay(connection, date) : NOT_ENROLLED);
    },
    'asn-nip-keys': async (nips, training) => {
      if (training) return ok(await nipKeys(DEMO_ASN_KEY, nips));
      const wait = nipBudget.take('nips', nips.length);
      if (wait > 0)
        return problem(
          'rate-limited',
          `Terlalu banyak NIP diperiksa dalam satu menit. Tunggu ${wait} detik lalu coba lagi.`,
        );
      const connection = await loadConnection(userDataDir, secrets);
      if (!connection) return problem('not-enrolled', 'Terminal belum didaftarkan: daftar ASN belum ada.');
      const key = connection.asnKey ?? (await fetchAsnKey(userDataDir, secrets, connection));
      return key === null ? ASN_KEY_MISSING : ok(await nipKeys(key, nips));
    },
    'sync-export-write': async ({ exportId, part, text, last }) => {
      // Written as .partial until the last piece, so a half export is never taken for a whole one.
      const folder = join(userDataDir, EXPORT_FOLDER);
      await mkdir(folder, { recursive: true });
      const partial = join(folder, `${exportId}.json.partial`);
      const done = join(folder, `${exportId}.json`);
      await (part === 0 ? writeFile(partial, text) : appendFile(partial, text));
      if (!last) return ok({ path: partial });
      await rename(partial, done);
      return ok({ path: done });
    },
  };
}

/** A terminal enrolled before the ASN key existed asks for it once, with its token, and keeps it sealed. */
async function fetchAsnKey(
  userDataDir: string,
  secrets: SecretBox,
  connection: SyncConnection,
): Promise<string | null> {
  const answer = await asnKey(connection);
  const body = answer.kind === 'answer' && answer.status === 200 ? asnKeyAnswerSchema.safeParse(answer.body) : null;
  if (!body?.success) return null;
  saveConnection(userDataDir, secrets, { ...connection, asnKey: body.data.asnKey });
  return body.data.asnKey;
}

const asnKeyAnswerSchema = enrollResponseSchema.pick({ asnKey: true });

const ASN_KEY_MISSING = problem(
  'asn-key-missing',
  'Kunci daftar ASN dari provinsi belum diterima: sambungkan terminal ke server provinsi, lalu coba lagi.',
);

/**
 * The staff stream's PIN hashes re-keyed with the terminal's pepper before the renderer sees them
 * (domain/staff/pin-guard), so IndexedDB never holds a hash a copied database could be searched with.
 */
async function pepperStaffPage(answer: ServerAnswer, pins: PinGuard): Promise<ServerAnswer> {
  if (answer.kind !== 'answer' || answer.status !== 200) return answer;
  const page = staffPageSchema.safeParse(answer.body);
  if (!page.success) return answer;
  const hashes = await pins.wrap(page.data.items.map((item) => item.pinHash));
  const items = page.data.items.map((item, i) => ({ ...item, pinHash: hashes[i]! }));
  return { ...answer, body: { ...page.data, items } };
}

const staffPageSchema = z.looseObject({ items: z.array(z.looseObject({ pinHash: z.string() })) });

/** Why the server could not be reached, for a manager: what happened and what to do, no error codes. */
export function unreachableMessage(base: string, reason: string): string {
  const host = new URL(base).host;
  const https = base.startsWith('https:');
  if (/SSL|TLS|EPROTO/i.test(reason) && !/CERT/i.test(reason)) {
    return https
      ? `Server ${host} tidak menjawab dengan https (sambungan aman). Periksa alamatnya; bila server ini memang belum memakai https dan hanya untuk uji, tulis http://${host} dan centang "Izinkan http tanpa enkripsi".`
      : `Server ${host} meminta sambungan aman: tulis alamatnya dengan https://.`;
  }
  if (/CERT|SIGNATURE|ALTNAME/i.test(reason))
    return `Sertifikat https server ${host} tidak sah atau kedaluwarsa, jadi terminal tidak mempercayainya. Hubungi pengelola server provinsi.`;
  if (/ECONNREFUSED/.test(reason))
    return `Server ${host} menolak sambungan: server tidak berjalan atau nomor port salah. Periksa alamat dan pastikan server menyala.`;
  if (/ENOTFOUND|EAI_AGAIN/.test(reason))
    return `Nama server ${host} tidak dikenal. Periksa ejaan alamat dan sambungan internet.`;
  if (/waktu habis|TIMEDOUT|TIMEOUT/i.test(reason))
    return `Server ${host} tidak menjawab dalam waktu yang wajar. Periksa jaringan, lalu coba lagi.`;
  if (/EHOSTUNREACH|ENETUNREACH|ENETDOWN/.test(reason))
    return `Jaringan ke server ${host} tidak tersedia. Periksa kabel, Wi-Fi atau modem, lalu coba lagi.`;
  if (/ECONNRESET|EPIPE|socket/i.test(reason)) return `Sambungan ke server ${host} terputus. Coba lagi sebentar lagi.`;
  return `Server ${host} tidak bisa dihubungi. Periksa alamat server dan jaringan, lalu coba lagi.`;
}

/** The server's refusal, in plain words (its own reason is English and for the logs, not the manager). */
function enrolmentRefusal(status: number): Problem {
  if (status === 403)
    return {
      code: 'enrolment-refused',
      message: 'Kode pendaftaran ditolak: salah ketik, sudah dipakai, atau kedaluwarsa. Minta kode baru ke provinsi.',
    };
  if (status === 429)
    return {
      code: 'rate-limited',
      message: 'Terlalu banyak percobaan pendaftaran dari terminal ini. Tunggu beberapa menit lalu coba lagi.',
    };
  if (status === 400 || status === 413)
    return {
      code: 'invalid',
      message:
        'Kode pendaftaran atau nama terminal tidak sah. Kode terdiri dari 8 huruf dan angka, misalnya K7QM-3XHP; nama terminal paling panjang 100 huruf.',
    };
  if (status === 404)
    return {
      code: 'server',
      message: 'Alamat ini bukan server sinkron NTT Mart (halaman pendaftaran tidak ada). Periksa alamat server.',
    };
  return {
    code: 'server',
    message: `Server provinsi sedang bermasalah (kode ${status}). Coba lagi nanti; bila berlanjut, hubungi pengelola server.`,
  };
}
