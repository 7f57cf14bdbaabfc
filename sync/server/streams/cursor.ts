/**
 * Pull cursors are opaque to terminals: base64url of the server database's identity, the stream
 * and a change-log position. The identity makes a cursor from another or a reset database fail
 * loudly (cursor-expired) instead of silently skipping every item below its position.
 */
import type { StreamName } from '#sync/protocol/messages';

interface Cursor {
  serverId: string;
  stream: StreamName;
  position: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.serverId}|${cursor.stream}|${cursor.position}`).toString('base64url');
}

export type DecodedCursor = { ok: true; position: number } | { ok: false; code: 'bad-cursor' | 'cursor-expired' };

export function decodeCursor(text: string | undefined, serverId: string, stream: StreamName): DecodedCursor {
  if (text === undefined) return { ok: true, position: 0 };
  const parts = /^[A-Za-z0-9_-]+$/.test(text) ? Buffer.from(text, 'base64url').toString('utf8').split('|') : [];
  const position = Number(parts[2]);
  if (
    parts.length !== 3 ||
    parts[1] !== stream ||
    !/^\d{1,15}$/.test(parts[2] ?? '') ||
    !Number.isSafeInteger(position)
  ) {
    return { ok: false, code: 'bad-cursor' };
  }
  if (parts[0] !== serverId) return { ok: false, code: 'cursor-expired' };
  return { ok: true, position };
}
