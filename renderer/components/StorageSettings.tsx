import { useState } from 'react';
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '#domain/terminal/storage-forecast';
import { formatWita } from '#domain/wita';
import { runRetention } from '../storage/retention';
import { saveSettings, useSettingsStore } from '../stores/settings-store';
import { showInfo, showProblem } from '../stores/notice-store';
import { database, refreshStorageWarnings, salesStop, useTerminalStore } from '../stores/terminal-store';
import { runBusy } from './busy-action';

const MB = 1024 * 1024;
const mb = (bytes: number | null | undefined) =>
  bytes == null ? 'tidak diketahui' : `${(bytes / MB).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

/**
 * For managers: whether the browser keeps this terminal's data for good, the free disk, the reserve
 * below which sales stop; the database's size against the browser's quota, when it runs out at the
 * pace it grows, what retention freed and the window it keeps.
 */
export function StorageSettings() {
  const storage = useTerminalStore((s) => s.storage);
  const stopped = useTerminalStore((s) => salesStop(s));
  const reserve = useSettingsStore((s) => s.config?.lowDiskMb ?? 500);
  const [draft, setDraft] = useState(String(reserve));
  const figures = useTerminalStore((s) => s.storageFigures);
  const keptDays = useSettingsStore((s) => s.config?.retentionDays ?? DEFAULT_RETENTION_DAYS);
  const [daysDraft, setDaysDraft] = useState(String(keptDays));
  const [pruning, setPruning] = useState(false);
  const save = async (patch: { lowDiskMb: number } | { retentionDays: number }) => {
    const result = await saveSettings(patch);
    if (!result.ok) showProblem(result.error);
    else await refreshStorageWarnings();
  };
  const prune = () =>
    runBusy(setPruning, async () => {
      const result = await runRetention(database(), keptDays);
      await refreshStorageWarnings();
      const documents = (result.removed.sales ?? 0) + (result.removed.refunds ?? 0) + (result.removed.shifts ?? 0);
      showInfo(`Data lama dibersihkan: ${documents} dokumen (${mb(result.freedBytes)}).`);
    });
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
      <dl className="storage-figures">
        <dt>Database terminal</dt>
        <dd data-testid="storage-database">{mb(figures?.databaseBytes ?? figures?.usageBytes)}</dd>
        <dt>Kuota browser</dt>
        <dd data-testid="storage-quota">
          {mb(figures?.quotaBytes)}
          {figures?.usageBytes != null && figures.quotaBytes ? ` (terpakai ${mb(figures.usageBytes)})` : ''}
        </dd>
        <dt>Perkiraan kuota habis</dt>
        <dd data-testid="storage-days-left">
          {figures?.daysLeft == null ? 'belum bisa diperkirakan' : `dalam ${figures.daysLeft} hari`}
        </dd>
        <dt>Dibebaskan retensi</dt>
        <dd data-testid="storage-freed">
          {mb(figures?.freedBytes ?? 0)} ({(figures?.removedDocuments ?? 0).toLocaleString('id-ID')} dokumen)
          {figures?.lastRetentionAt ? `, terakhir ${formatWita(figures.lastRetentionAt)}` : ''}
        </dd>
      </dl>
      {figures?.warning && <p className="error">{figures.warning}</p>}
      <div className="fields">
        <label className="wide">
          Cadangan ruang disk (MB): penjualan berhenti di bawahnya
          <input type="number" min={50} max={100_000} value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <label className="wide">
          Masa simpan data yang sudah sinkron (hari): yang lebih lama dihapus dari terminal, tetap ada di server
          provinsi
          <input
            type="number"
            min={MIN_RETENTION_DAYS}
            max={MAX_RETENTION_DAYS}
            value={daysDraft}
            onChange={(e) => setDaysDraft(e.target.value)}
          />
        </label>
      </div>
      <div className="buttons">
        <button onClick={() => void save({ lowDiskMb: Number(draft) })}>Simpan cadangan</button>
        <button onClick={() => void save({ retentionDays: Number(daysDraft) })}>Simpan masa simpan</button>
        <button disabled={pruning} onClick={() => void prune()}>
          {pruning ? 'Membersihkan…' : 'Bersihkan data lama sekarang'}
        </button>
      </div>
    </section>
  );
}
