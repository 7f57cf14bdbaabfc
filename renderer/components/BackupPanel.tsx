import { useState, type ReactNode } from 'react';
import { exportBackup, restoreBackup } from '../storage/backup';
import { showInfo, showProblem } from '../stores/notice-store';
import { database, useTerminalStore } from '../stores/terminal-store';
import { runBusy } from './busy-action';

/** For managers: the terminal's unsynced and recent data to a file, and that file back on a replacement PC. */
export function BackupPanel() {
  const identity = useTerminalStore((s) => s.identity);
  const [busy, setBusy] = useState(false);
  if (!identity) return null;
  if (identity.training)
    return (
      <BackupCard>
        <p className="hint">
          Cadangan tersedia setelah terminal didaftarkan ke provinsi; data mode latihan tidak dicadangkan.
        </p>
      </BackupCard>
    );
  const save = () =>
    runBusy(
      setBusy,
      async () => {
        const saved = await exportBackup(database(), identity);
        showInfo(`Cadangan tersimpan (${saved.events} event belum sinkron): ${saved.where}`);
      },
      'Cadangan gagal: ',
    );
  const restore = (file: File) =>
    runBusy(setBusy, async () => {
      const result = await restoreBackup(database(), await file.text());
      if (!result.ok) return showProblem(result.error);
      showInfo(
        `Cadangan dipulihkan: ${result.value.events} event kembali ke antrean sinkron, ${result.value.documents} dokumen terbaru. Yang sudah ada di server provinsi tidak dihitung dua kali.`,
      );
    });
  return (
    <BackupCard>
      <p className="hint">
        Simpan data yang belum sinkron dan shift beberapa hari terakhir ke berkas (flashdisk). Di PC pengganti:
        daftarkan dengan kode pengganti dari provinsi, lalu pulihkan berkas itu.
      </p>
      <div className="buttons">
        <button disabled={busy} onClick={() => void save()}>
          Ekspor cadangan
        </button>
        <label className="file-button">
          Pulihkan dari cadangan…
          <input
            type="file"
            accept="application/json,.json"
            aria-label="Berkas cadangan"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void restore(file);
            }}
          />
        </label>
      </div>
    </BackupCard>
  );
}

function BackupCard({ children }: { children: ReactNode }) {
  return (
    <section className="settings-card backup" aria-labelledby="backup-settings">
      <h3 id="backup-settings">Cadangan</h3>
      {children}
    </section>
  );
}
