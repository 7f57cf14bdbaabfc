/**
 * The bridge's sync channels: the main process enrols the terminal, keeps its token and makes
 * the authenticated requests for the renderer's sync client; it also writes exports of unsynced
 * events for carrying to the office. Plain functions of the user data folder, tested directly.
 */
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { enrollResponseSchema } from '../../sync/protocol/messages';
import { errorOf, type ServerAnswer } from '../../sync/client/transport';
import type { Handlers } from '../bridge-contract';
import { BridgeFailure } from '../bridge-registry';
import { loadConnection, publicInfo, saveConnection } from './connection';
import { outletSale, pullPage, pushBatch, requestEnrolment } from './server-requests';

type SyncChannel = 'sync-connection' | 'sync-enrol' | 'sync-push' | 'sync-pull' | 'sync-sale' | 'sync-export-write';

export const EXPORT_FOLDER = 'ekspor';

const NOT_ENROLLED: ServerAnswer = { kind: 'unreachable', reason: 'not-enrolled', message: 'terminal belum didaftarkan' };

export function createSyncHandlers(userDataDir: string): Pick<Handlers, SyncChannel> {
  return {
    'sync-connection': async () => {
      const connection = await loadConnection(userDataDir);
      return connection ? publicInfo(connection) : null;
    },
    'sync-enrol': async ({ serverUrl, code, name }) => {
      const existing = await loadConnection(userDataDir);
      if (existing) throw new BridgeFailure('already-enrolled', `Terminal ini sudah terdaftar sebagai ${existing.terminalId} di ${existing.serverUrl}.`);
      const base = serverBaseUrl(serverUrl);
      const answer = await requestEnrolment(base, code, name);
      if (answer.kind === 'unreachable') throw new BridgeFailure('network', `Server ${base} tidak bisa dihubungi (${answer.message}). Periksa alamat server dan jaringan.`);
      if (answer.status !== 201) throw enrolmentRefusal(answer.status, errorOf(answer.body)?.message ?? `HTTP ${answer.status}`);
      const enrolled = enrollResponseSchema.parse(answer.body);
      const connection = { serverUrl: base, terminalId: enrolled.terminalId, outletId: enrolled.outletId, token: enrolled.token, enrolledAt: new Date().toISOString() };
      saveConnection(userDataDir, connection);
      return publicInfo(connection);
    },
    'sync-push': async (gzippedBase64) => {
      const connection = await loadConnection(userDataDir);
      return connection ? pushBatch(connection, Buffer.from(gzippedBase64, 'base64')) : NOT_ENROLLED;
    },
    'sync-pull': async (stream, cursor, limit) => {
      const connection = await loadConnection(userDataDir);
      return connection ? pullPage(connection, stream, cursor, limit) : NOT_ENROLLED;
    },
    'sync-sale': async (receiptNoOrId) => {
      const connection = await loadConnection(userDataDir);
      return connection ? outletSale(connection, receiptNoOrId) : NOT_ENROLLED;
    },
    'sync-export-write': async ({ exportId, part, text, last }) => {
      // Written as .partial until the last piece, so a half export is never taken for a whole one.
      const folder = join(userDataDir, EXPORT_FOLDER);
      await mkdir(folder, { recursive: true });
      const partial = join(folder, `${exportId}.json.partial`);
      const done = join(folder, `${exportId}.json`);
      await (part === 0 ? writeFile(partial, text) : appendFile(partial, text));
      if (!last) return { path: partial };
      await rename(partial, done);
      return { path: done };
    },
  };
}

/** What a manager types, as the server's base URL: https:// unless told otherwise, no trailing slash. */
export function serverBaseUrl(typed: string): string {
  const text = typed.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new BridgeFailure('invalid-server-url', `Alamat server "${text}" tidak sah. Contoh: https://sinkron.nttmart.go.id`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BridgeFailure('invalid-server-url', 'Alamat server harus diawali http:// atau https://.');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function enrolmentRefusal(status: number, reason: string): BridgeFailure {
  if (status === 403) return new BridgeFailure('enrolment-refused', `Kode pendaftaran ditolak: salah, sudah dipakai, atau kedaluwarsa. Minta kode baru ke provinsi. (${reason})`);
  if (status === 429) return new BridgeFailure('rate-limited', 'Terlalu banyak percobaan pendaftaran dari terminal ini. Tunggu beberapa menit lalu coba lagi.');
  if (status === 400) return new BridgeFailure('invalid', `Kode atau nama terminal tidak sah: ${reason}`);
  return new BridgeFailure('server', `Server menjawab ${status}: ${reason}`);
}
