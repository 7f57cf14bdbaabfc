import { describe, expect, it } from 'vitest';
import { NOT_RETRYABLE } from '#hardware/print-queue/print-queue';
import { statusOf } from '#hardware/printer/status';
import { deliveryResultOf } from './delivery';

describe('how the print queue reads the bridge', () => {
  it('marks printed only what the printer confirmed, and keeps everything else waiting', () => {
    expect(deliveryResultOf({ ok: true, value: { ok: true, status: statusOf('ready') } })).toEqual({ ok: true });
    const paperOut = { code: 'printer-not-ready', message: 'Kertas printer habis: pasang gulungan baru' };
    expect(
      deliveryResultOf({ ok: true, value: { ok: false, error: paperOut, status: statusOf('paper-out') } }),
    ).toEqual({ ok: false, error: paperOut });
    const hostGone = { code: 'offline', message: 'Layanan terminal tidak menjawab.' };
    expect(deliveryResultOf({ ok: false, error: hostGone })).toEqual({ ok: false, error: hostGone });
  });

  it('gives up only on a job the host refuses as malformed, keeping its reason', () => {
    const refused = deliveryResultOf({
      ok: false,
      error: { code: 'invalid-arguments', message: 'Data untuk "printer-print" tidak valid: 0.sale.lines …' },
    });
    expect(refused).toEqual({
      ok: false,
      error: { code: NOT_RETRYABLE, message: expect.stringContaining('sale.lines') },
    });
  });
});
