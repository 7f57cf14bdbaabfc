/**
 * Pull cursors are opaque to terminals: base64url of the server database's identity, the stream
 * and a change-log position. The identity makes a cursor from another or a reset database fail
 * loudly (cursor-expired) instead of silently skipping every item below its position.
 */
import { failed, ok, type Problem, type Result } from '#domain/result';
import type { StreamName } from '#sync/protocol/messages';

interface Cursor {
  serverId: string;
  stream: StreamName;
  position: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.serverId}|${cursor.stream}|${cursor.position}`).toString('base64url');
}

/** Why a cursor is refused, in the words the pull route answers with. */
export type CursorProblem = Problem & { code: 'bad-cursor' | 'cursor-expired' };

/** The change-log position after which to pull. */
export type DecodedCursor = Result<number, CursorProblem>;

export function decodeCursor(text: string | undefined, serverId: string, stream: StreamName): DecodedCursor {
  if (text === undefined) return ok(0);
  const parts = /^[A-Za-z0-9_-]+$/.test(text) ? Buffer.from(text, 'base64url').toString('utf8').split('|') : [];
  const position = Number(parts[2]);
  if (
    parts.length !== 3 ||
    parts[1] !== stream ||
    !/^\d{1,15}$/.test(parts[2] ?? '') ||
    !Number.isSafeInteger(position)
  ) {
    return failed({ code: 'bad-cursor', message: `the cursor was not made by this server for stream ${stream}` });
  }
  if (parts[0] !== serverId)
    return failed({
      code: 'cursor-expired',
      message: 'the cursor belongs to another server database; pull this stream again from the start',
    });
  return ok(position);
}
