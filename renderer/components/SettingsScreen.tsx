import { useState } from 'react';
import { CameraScanner } from './CameraScanner';
import { PrinterSettings } from './PrinterSettings';
import { ScannerSettings } from './ScannerSettings';
import { StorageSettings } from './StorageSettings';
import { BackupPanel } from './BackupPanel';
import { saveSettings, useSettingsStore } from '../stores/settings-store';
import { showProblem } from '../stores/notice-store';
import { openCustomerDisplay } from '../customer-display/publish-display';

type SettingsView = 'perangkat' | 'penyimpanan';

/**
 * For managers, in two views that each fit the screen: the devices (printer, serial scanner, camera
 * scanner) and the customer display; the storage (disk, quota, retention) and the backup.
 */
export function SettingsScreen() {
  const config = useSettingsStore((s) => s.config);
  const error = useSettingsStore((s) => s.error);
  const [view, setView] = useState<SettingsView>('perangkat');
  if (!config) return <p className="boot">{error ?? 'Memuat pengaturan…'}</p>;
  const viewButton = (v: SettingsView, label: string) => (
    <button aria-pressed={view === v} className={view === v ? 'tab active' : 'tab'} onClick={() => setView(v)}>
      {label}
    </button>
  );
  return (
    <main className="settings-screen">
      <div className="screen-title">
        <h2>Pengaturan perangkat (manajer)</h2>
        <div className="screen-actions">
          <div className="settings-views" role="group" aria-label="Tampilkan">
            {viewButton('perangkat', 'Perangkat')}
            {viewButton('penyimpanan', 'Penyimpanan & cadangan')}
          </div>
          <button
            className="link"
            onClick={openCustomerDisplay}
            title="Jendela kedua untuk pembeli: barang, total, pembayaran, QRIS dan belanja ASN bulan ini (di aplikasi desktop: monitor kedua)"
          >
            Buka layar pelanggan
          </button>
        </div>
      </div>
      {view === 'perangkat' ? (
        <div className="settings-grid">
          <PrinterSettings />
          <ScannerSettings />
          <CameraSettings enabled={config.cameraScanner} />
        </div>
      ) : (
        <div className="settings-grid">
          <StorageSettings />
          <BackupPanel />
        </div>
      )}
    </main>
  );
}

function CameraSettings({ enabled }: { enabled: boolean }) {
  const [trying, setTrying] = useState(false);
  // The box follows the click at once; the saved settings take over when the host answers.
  const [saving, setSaving] = useState<boolean | null>(null);
  const toggle = async (cameraScanner: boolean) => {
    setSaving(cameraScanner);
    const result = await saveSettings({ cameraScanner });
    setSaving(null);
    if (!result.ok) showProblem(result.error);
  };
  return (
    <section className="settings-card" aria-labelledby="camera-settings">
      <h3 id="camera-settings">Pemindai kamera</h3>
      <p className="hint">
        Untuk toko tanpa pemindai: kamera di layar kasir membaca EAN-13, EAN-8, UPC-A/E dan Code 128.
      </p>
      <label className="check">
        <input type="checkbox" checked={saving ?? enabled} onChange={(e) => void toggle(e.target.checked)} /> Pakai
        kamera di layar kasir
      </label>
      <div className="buttons">
        <button onClick={() => setTrying((t) => !t)}>{trying ? 'Tutup kamera' : 'Coba kamera'}</button>
      </div>
      {trying && <CameraScanner onCode={() => {}} />}
    </section>
  );
}
