import { useState } from 'react';
import { TERMINATORS, type Terminator } from '#hardware/scanner/scanner-settings';
import { scannerForm, scannerSettingsOf, type ScannerForm } from '../settings/device-forms';
import { startSerialScanner, stopSerialScanner, useSerialScannerStore } from '../scanning/serial-scans';
import { saveSettings, useSettingsStore } from '../stores/settings-store';
import { FormProblems, SelectField } from './FormFields';
import { SerialConnectionFields } from './SerialConnectionFields';

const TERMINATOR_LABELS: Record<Terminator, string> = { cr: 'CR (Enter)', lf: 'LF', crlf: 'CR + LF', tab: 'Tab' };

/** Pengaturan > Pemindai serial: port, baud, terminator; saved settings reconnect whenever the terminal starts. */
export function ScannerSettings() {
  const saved = useSettingsStore((s) => s.config?.serialScanner ?? null);
  const status = useSerialScannerStore((s) => s.status);
  const [form, setForm] = useState<ScannerForm>(() => scannerForm(saved));
  const [problems, setProblems] = useState<string[]>([]);
  const set = (patch: Partial<ScannerForm>) => setForm((f) => ({ ...f, ...patch }));

  const connect = async () => {
    const settings = scannerSettingsOf(form);
    if (!settings.ok) return setProblems(settings.problems);
    const result = await saveSettings({ serialScanner: settings.value });
    const started = result.ok ? await startSerialScanner(settings.value) : result;
    setProblems(started.ok ? [] : [started.message]);
  };
  const disconnect = async () => {
    await stopSerialScanner();
    const result = await saveSettings({ serialScanner: null });
    setProblems(result.ok ? [] : [result.message]);
  };

  return (
    <section className="settings-card" aria-labelledby="scanner-settings">
      <h3 id="scanner-settings">Pemindai serial</h3>
      <p className="current" data-testid="scanner-status" data-state={status?.state ?? 'none'}>
        {status
          ? status.message
          : saved
            ? `Tersimpan: ${saved.path}`
            : 'Tidak ada pemindai serial. Pemindai USB biasa (keyboard) langsung bisa dipakai.'}
      </p>
      <SerialConnectionFields
        portLabel="Port serial pemindai"
        path={form.path}
        onPath={(path) => set({ path })}
        baudRate={form.baudRate}
        onBaudRate={(baudRate) => set({ baudRate })}
      >
        <SelectField
          label="Akhiran kode"
          value={form.terminator}
          options={TERMINATORS.map((t) => [t, TERMINATOR_LABELS[t]])}
          onChange={(terminator) => set({ terminator })}
        />
      </SerialConnectionFields>
      <FormProblems problems={problems} />
      <div className="buttons">
        <button onClick={() => void disconnect()} disabled={!saved && status?.state !== 'connected'}>
          Matikan pemindai
        </button>
        <button className="primary" onClick={() => void connect()}>
          Simpan & hubungkan
        </button>
      </div>
    </section>
  );
}
