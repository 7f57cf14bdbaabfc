import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nipKeys } from './nip-key';

describe('nipKeys', () => {
  it('is HMAC-SHA256 of each NIP with the key, in hex, as the server computes it', async () => {
    const nips = ['198609262015051001', '199312282025212001'];
    const expected = nips.map((nip) => createHmac('sha256', 'province-key').update(nip).digest('hex'));
    expect(await nipKeys('province-key', nips)).toEqual(expected);
    expect(await nipKeys('another-key', nips)).not.toEqual(expected);
  });
});
