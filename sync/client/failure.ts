/** Why a sync attempt stopped, and how a manager reads it (Bahasa Indonesia). */
import { missingCase } from '#domain/missing-case';
import { errorOf } from './transport';
import type { ServerAnswer } from '../protocol/server-answer';

export type SyncFailure =
  | { kind: 'network'; message: string }
  | { kind: 'not-enrolled' }
  /** The token is unknown or revoked: the terminal must be enrolled again. */
  | { kind: 'unauthorized' }
  | { kind: 'server'; status: number; code: string | null; message: string }
  /** A 200 whose body is not what the protocol promises. */
  | { kind: 'bad-answer'; message: string };

export function failureOf(answer: ServerAnswer): SyncFailure {
  if (answer.kind === 'unreachable')
    return answer.reason === 'not-enrolled' ? { kind: 'not-enrolled' } : { kind: 'network', message: answer.message };
  if (answer.status === 401) return { kind: 'unauthorized' };
  const error = errorOf(answer.body);
  return {
    kind: 'server',
    status: answer.status,
    code: error?.code ?? null,
    message: error?.message ?? `HTTP ${answer.status}`,
  };
}

export function describeFailure(failure: SyncFailure): string {
  switch (failure.kind) {
    case 'network':
      return `Server tidak terjangkau (${failure.message}). Data tetap aman di terminal dan dikirim lagi nanti.`;
    case 'not-enrolled':
      return 'Terminal belum didaftarkan ke server provinsi.';
    case 'unauthorized':
      return 'Server menolak token terminal ini (dicabut?). Minta kode pendaftaran baru ke provinsi.';
    case 'server':
      return failure.status === 429
        ? 'Server sedang sibuk; dicoba lagi nanti.'
        : `Server menjawab ${failure.status}${failure.code ? ` (${failure.code})` : ''}: ${failure.message}`;
    case 'bad-answer':
      return `Jawaban server tidak sesuai protokol: ${failure.message}`;
    default:
      return missingCase(failure);
  }
}
