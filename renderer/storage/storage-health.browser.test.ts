import { describe, expect, it } from 'vitest';
import type { ChannelValue, PosBridge } from '#bridge/bridge-contract';
import { checkStorage, type StorageApi } from './storage-health';
import type { Result } from '#domain/result';

/** A host answering config and disk space as given (what the real handlers return, without Node). */
function hostWith(freeMb: number, lowDiskMb = 500): PosBridge {
  const answers: { [K in 'config-get' | 'disk-space']: ChannelValue<K> } = {
    'config-get': {
      kiosk: false,
      fullscreen: false,
      lowDiskMb,
      retentionDays: 90,
      printer: null,
      serialScanner: null,
      cameraScanner: false,
    },
    'disk-space': { freeBytes: freeMb * 1024 * 1024, totalBytes: 100_000 * 1024 * 1024 },
  };
  return {
    invoke: async (channel: string, ..._args: unknown[]) =>
      ({ ok: true, value: answers[channel as keyof typeof answers] }) as Result<never>,
    on: () => () => undefined,
  };
}

const granted: StorageApi = {
  persisted: async () => true,
  persist: async () => true,
  estimate: () => navigator.storage.estimate(),
};

describe('storage health', () => {
  it('has nothing to say when storage is persistent and the disk has room', async () => {
    expect((await checkStorage(granted, hostWith(20_000))).warnings).toEqual([]);
  });

  it('asks for persistence and warns when the browser refuses', async () => {
    let asked = 0;
    const refusing: StorageApi = { ...granted, persisted: async () => false, persist: async () => (asked++, false) };
    expect(await checkStorage(refusing, hostWith(20_000))).toMatchObject({
      warnings: [expect.stringContaining('tidak menjamin penyimpanan permanen')],
      persisted: false,
    });
    expect(asked).toBe(1);
  });

  it('warns when free disk space is below the configured limit', async () => {
    expect((await checkStorage(granted, hostWith(120, 500))).warnings).toEqual([
      'Ruang disk hampir habis: sisa 120 MB. Kosongkan disk agar penjualan tetap tersimpan.',
    ]);
  });

  it('stops new sales below the reserve and warns from twice the reserve', async () => {
    expect(await checkStorage(granted, hostWith(1_500, 500))).toMatchObject({
      warnings: [],
      salesStopped: null,
      persisted: true,
      reserveMb: 500,
    });
    expect(await checkStorage(granted, hostWith(800, 500))).toMatchObject({
      warnings: [expect.stringContaining('sisa 800 MB')],
      salesStopped: null,
    });
    const low = await checkStorage(granted, hostWith(499, 500));
    expect(low.salesStopped).toBe(
      'Penjualan dihentikan: ruang disk tinggal 499 MB, di bawah cadangan 500 MB. Manajer: kosongkan disk komputer ini (hapus berkas yang tidak perlu); penjualan dibuka lagi sendiri begitu ruang cukup.',
    );
    expect(low.freeMb).toBe(499);
  });

  it('works with the real navigator.storage of chromium', async () => {
    const { warnings } = await checkStorage(navigator.storage, hostWith(20_000));
    expect(warnings.every((w) => w.includes('permanen'))).toBe(true);
  });
});
