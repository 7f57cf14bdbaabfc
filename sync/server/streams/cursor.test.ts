import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

const serverId = '0192f0a4-1c7e-4b43-9a57-3d9f2b8c1e01';

describe('pull cursors', () => {
  it('round-trip a position for their own server and stream only', () => {
    const cursor = encodeCursor({ serverId, stream: 'products', position: 1234 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, serverId, 'products')).toEqual({ ok: true, value: 1234 });
    expect(decodeCursor(undefined, serverId, 'products')).toEqual({ ok: true, value: 0 });
    expect(decodeCursor(cursor, serverId, 'staff')).toEqual({
      ok: false,
      error: { code: 'bad-cursor', message: expect.any(String) },
    });
    expect(decodeCursor(cursor, 'another-database', 'products')).toEqual({
      ok: false,
      error: { code: 'cursor-expired', message: expect.any(String) },
    });
  });

  it('refuse anything they did not make', () => {
    for (const bad of [
      '',
      '***',
      Buffer.from(`${serverId}|products|-1`).toString('base64url'),
      Buffer.from(`${serverId}|products|1e3`).toString('base64url'),
      Buffer.from('x|y').toString('base64url'),
    ]) {
      expect(decodeCursor(bad, serverId, 'products')).toEqual({
        ok: false,
        error: { code: 'bad-cursor', message: expect.any(String) },
      });
    }
  });
});
