import { describe, expect, it } from 'vitest';
import { describeAudit } from '#domain/staff/audit';
import { settingsChanges } from './settings-changes';

describe('settings changes for the audit log', () => {
  it('says what changed, the printer path included', () => {
    const drawer = { pin: 2 as const, onMs: 50, offMs: 500 };
    expect(
      settingsChanges({
        printer: { connection: { type: 'device', path: '/dev/usb/lp0' }, columns: 32, drawer },
        kiosk: false,
      }),
    ).toEqual(['printer: perangkat /dev/usb/lp0, 32 kolom', 'mode kios: mati']);
    expect(
      settingsChanges({ printer: null, serialScanner: { path: '/dev/ttyUSB0', baudRate: 9600, terminator: 'cr' } }),
    ).toEqual(['printer: tidak ada', 'pemindai serial: /dev/ttyUSB0 @ 9600']);
    expect(describeAudit({ kind: 'settings-changed', changes: ['mode kios: mati'] })).toBe(
      'Pengaturan diubah: mode kios: mati',
    );
    expect(describeAudit({ kind: 'exported', events: 3, deadLetters: 1, file: 'ekspor/x.json' })).toBe(
      '3 event menunggu dan 1 ditolak diekspor ke ekspor/x.json',
    );
  });
});
