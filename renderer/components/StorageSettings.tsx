import { useState } from 'react';
import { saveSettings, useSettingsStore } from '../stores/settings-store';
import { showProblem } from '../stores/notice-store';
import { refreshStorageWarnings, salesStop, useTerminalStore } from '../stores/terminal-store';

/** For managers: whether the browser keeps this terminal's data for good, the free disk, and the reserve below which sales stop. */
export function StorageSettings() {
  const storage = useTerminalStore((s) => s.storage);
  const stopped = useTerminalStore((s) => salesStop(s));
  const reserve = useSettingsStore((s) => s.config?.lowDiskMb ?? 500);
  const [draft, setDraft] = useState(String(reserve));
  const save = async () => {
    const result = await saveSettings({ lowDiskMb: Number(draft) });
    if (!result.ok) showProblem(result.error);
    else await refreshStorageWarnings();
  };
  const persisted = storage?.persisted;
  return (
    <section className="settings-card" aria-labelledby="storage-settings">
      <h3 id="storage-settings">Penyimpanan</h3>
      <p data-testid="storage-persisted" data-persisted={String(persisted ?? 'unknown')}>
        Penyimpanan permanen:{' '}
        {persisted === true ? 'diberikan browser' : persisted === false ? 'TIDAK diberikan browser' : 'belum diketahui'}
      </p>
      <p data-testid="storage-free">
        Ruang disk bebas: {storage?.freeMb == null ? '…' : `${storage.freeMb.toLocaleString('id-ID')} MB`}
      </p>
      {stopped && <p className="error">{stopped}</p>}
      <div className="fields">
        <label className="wide">
          Cadangan ruang disk (MB): penjualan berhenti di bawahnya
          <input type="number" min={50} max={100_000} value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
      </div>
      <div className="buttons">
        <button onClick={() => void save()}>Simpan cadangan</button>
      </div>
    </section>
  );
}
