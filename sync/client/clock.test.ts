import { describe, expect, it } from 'vitest';
import { clockSkewMs, clockWarning } from './clock';

describe('terminal clock against the server', () => {
  it('measures the difference from the Date header, ignoring the header’s lost milliseconds', () => {
    expect(clockSkewMs({ serverDate: 'Mon, 21 Dec 2026 03:15:00 GMT', receivedAt: '2026-12-21T03:15:00.900Z' })).toBe(
      0,
    );
    expect(clockSkewMs({ serverDate: 'Mon, 21 Dec 2026 03:15:00 GMT', receivedAt: '2026-12-21T03:20:00.000Z' })).toBe(
      300_000,
    );
    expect(clockSkewMs({ serverDate: 'Mon, 21 Dec 2026 03:15:00 GMT', receivedAt: '2026-12-21T01:15:00.000Z' })).toBe(
      -7_200_000,
    );
    expect(clockSkewMs({ serverDate: 'kemarin', receivedAt: '2026-12-21T01:15:00.000Z' })).toBeNull();
  });

  it('warns beyond two minutes, in either direction', () => {
    expect(clockWarning(120_000)).toBeNull();
    expect(clockWarning(null)).toBeNull();
    expect(clockWarning(300_000)).toBe(
      'Jam terminal lebih cepat 5 menit dari server. Penjualan tetap dicatat; minta teknisi membetulkan jam.',
    );
    expect(clockWarning(-7_200_000)).toMatch(/^Jam terminal lebih lambat 2 jam dari server/);
  });
});
