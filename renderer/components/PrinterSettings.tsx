import { useEffect, useState } from 'react';
import type { PrintJob } from '#hardware/print-queue/print-queue';
import { FLOW_CONTROLS, type FlowControl, type PrinterConfig } from '#hardware/printer/printer-config';
import { getBridge } from '../bridge/bridge';
import { printerConfigOf, printerForm, type ConnectionType, type PrinterForm } from '../settings/device-forms';
import { printHeldJobs, refreshPrintJobs, settleBacklog, type BacklogChoice } from '../print/print-commands';
import { usePrinterStore } from '../stores/printer-store';
import { saveSettings, useSettingsStore } from '../stores/settings-store';
import { FormProblems, SelectField } from './FormFields';
import { PrintBacklogDialog } from './PrintBacklogDialog';
import { SerialConnectionFields } from './SerialConnectionFields';

const CONNECTIONS: readonly { type: ConnectionType; label: string }[] = [
  { type: 'tcp', label: 'Jaringan (LAN/Wi-Fi)' },
  { type: 'serial', label: 'Serial (COM)' },
  { type: 'device', label: 'USB / printer berbagi' },
];

const FLOW_LABELS: Record<FlowControl, string> = {
  none: 'Tidak ada',
  'rts-cts': 'RTS/CTS (perangkat keras)',
  'xon-xoff': 'XON/XOFF (perangkat lunak)',
};

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

/** Pengaturan > Printer struk: connection, paper width, a test page before saving, and the status. */
export function PrinterSettings() {
  const saved = useSettingsStore((s) => s.config?.printer ?? null);
  const status = usePrinterStore((s) => s.status);
  const held = usePrinterStore((s) => s.jobs.filter((j) => j.state === 'held').length);
  /** The settings waiting for the manager's answer about the backlog, and that backlog. */
  const [asking, setAsking] = useState<{ config: PrinterConfig; jobs: PrintJob[] } | null>(null);
  useEffect(() => void refreshPrintJobs(), []);
  const [form, setForm] = useState<PrinterForm>(() => printerForm(saved));
  const [problems, setProblems] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<PrinterForm>) => setForm((f) => ({ ...f, ...patch }));

  const checked = () => {
    const result = printerConfigOf(form, saved);
    setProblems(result.ok ? [] : result.problems);
    setOutcome(null);
    return result.ok ? result.value : null;
  };
  const act = async (work: () => Promise<Outcome>) => {
    setBusy(true);
    try {
      setOutcome(await work());
    } finally {
      setBusy(false);
    }
  };
  const testPage = () => {
    const config = checked();
    if (!config) return;
    void act(async () => {
      const result = await getBridge().invoke('printer-test', config);
      if (!result.ok) return { kind: 'error', text: result.error.message };
      return result.value.ok
        ? { kind: 'ok', text: 'Halaman uji tercetak. Periksa lebar penggaris di kertas.' }
        : { kind: 'error', text: `Halaman uji tidak tercetak: ${result.value.error.message}` };
    });
  };
  const store = (config: PrinterConfig, backlog: BacklogChoice | null) =>
    act(async () => {
      const settled = backlog ? await settleBacklog(backlog) : null;
      if (settled && !settled.ok) return { kind: 'error', text: settled.message };
      setAsking(null);
      const result = await saveSettings({ printer: config });
      if (!result.ok) return { kind: 'error', text: result.message };
      return {
        kind: 'ok',
        text: settled ? `Pengaturan printer disimpan. ${settled.message}` : 'Pengaturan printer disimpan.',
      };
    });
  // Saving starts the queue: with jobs waiting, the manager decides first what happens to them.
  const save = async () => {
    const config = checked();
    if (!config) return;
    const waiting = (await refreshPrintJobs()).filter((j) => j.state !== 'printing');
    if (waiting.length > 0) setAsking({ config, jobs: waiting });
    else await store(config, null);
  };

  return (
    <section className="settings-card" aria-labelledby="printer-settings">
      <h3 id="printer-settings">Printer struk</h3>
      <p className="current" data-testid="printer-settings-status">
        {saved
          ? `Status: ${status?.message ?? 'memeriksa…'}`
          : 'Belum ada printer tersimpan: struk menunggu di antrean sampai printer diatur.'}
      </p>
      <fieldset className="choices">
        <legend>Sambungan</legend>
        {CONNECTIONS.map((c) => (
          <label key={c.type}>
            <input
              type="radio"
              name="printer-connection"
              checked={form.type === c.type}
              onChange={() => set({ type: c.type })}
            />{' '}
            {c.label}
          </label>
        ))}
      </fieldset>
      {form.type === 'tcp' && (
        <div className="fields">
          <label>
            Alamat IP printer
            <input value={form.host} onChange={(e) => set({ host: e.target.value })} placeholder="192.168.1.50" />
          </label>
          <label className="short">
            Port
            <input value={form.port} inputMode="numeric" onChange={(e) => set({ port: e.target.value })} />
          </label>
        </div>
      )}
      {form.type === 'serial' && (
        <SerialConnectionFields
          portLabel="Port serial printer"
          path={form.serialPath}
          onPath={(serialPath) => set({ serialPath })}
          baudRate={form.baudRate}
          onBaudRate={(baudRate) => set({ baudRate })}
        >
          <SelectField
            label="Kontrol alur"
            value={form.flowControl}
            options={FLOW_CONTROLS.map((flow) => [flow, FLOW_LABELS[flow]])}
            onChange={(flowControl) => set({ flowControl })}
          />
        </SerialConnectionFields>
      )}
      {form.type === 'device' && (
        <div className="fields">
          <label className="wide">
            Path perangkat atau printer berbagi
            <input
              value={form.devicePath}
              onChange={(e) => set({ devicePath: e.target.value })}
              placeholder="/dev/usb/lp0 atau \\localhost\NamaPrinter"
            />
          </label>
        </div>
      )}
      <fieldset className="choices">
        <legend>Lebar kertas</legend>
        {[
          ['32', '58 mm (32 kolom)'],
          ['48', '80 mm (48 kolom)'],
        ].map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="printer-columns"
              checked={form.columns === value}
              onChange={() => set({ columns: value! })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <FormProblems problems={problems} />
      {outcome && (
        <p className={`outcome outcome-${outcome.kind}`} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
      {held > 0 && (
        <p className="current" data-testid="held-jobs">
          {held} cetakan ditahan.{' '}
          <button onClick={() => void printHeldJobs()} disabled={!saved}>
            Cetak yang ditahan
          </button>
        </p>
      )}
      {asking && (
        <PrintBacklogDialog
          jobs={asking.jobs}
          choose={(choice) => void store(asking.config, choice)}
          cancel={() => setAsking(null)}
        />
      )}
      <div className="buttons">
        <button onClick={testPage} disabled={busy}>
          Cetak halaman uji
        </button>
        <button className="primary" onClick={() => void save()} disabled={busy}>
          Simpan printer
        </button>
      </div>
    </section>
  );
}
