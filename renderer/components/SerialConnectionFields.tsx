import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import type { SerialPortInfo } from '#hardware/scanner/scanner-settings';
import { getBridge } from '../bridge/bridge';
import { BAUD_RATES } from '#hardware/printer/printer-config';
import { SelectField } from './FormFields';

const BAUD_OPTIONS = BAUD_RATES.map((rate) => [String(rate), String(rate)] as const);

/** A serial device's connection fields: its port and baud rate, then what the device itself needs (children). */
export function SerialConnectionFields({
  portLabel,
  path,
  onPath,
  baudRate,
  onBaudRate,
  children,
}: {
  portLabel: string;
  path: string;
  onPath: (path: string) => void;
  baudRate: string;
  onBaudRate: (baudRate: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="fields">
      <SerialPortField label={portLabel} value={path} onChange={onPath} />
      <SelectField label="Baud rate" short value={baudRate} options={BAUD_OPTIONS} onChange={onBaudRate} />
      {children}
    </div>
  );
}

/** A serial port: pick one of the ports the host lists, or type a path it does not see. */
function SerialPortField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (path: string) => void;
}) {
  const id = useId();
  const [ports, setPorts] = useState<SerialPortInfo[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    const result = await getBridge().invoke('serial-list');
    if (!result.ok) return setNote(result.error.message);
    setPorts(result.value);
    setNote(
      result.value.length === 0
        ? 'Tidak ada port serial terdeteksi: ketik path-nya bila tahu.'
        : `${result.value.length} port terdeteksi.`,
    );
  }, []);
  useEffect(() => void refresh(), [refresh]);
  return (
    <div className="serial-port">
      <label htmlFor={`${id}-input`}>{label}</label>
      <span className="with-button">
        <input
          id={`${id}-input`}
          list={`${id}-ports`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder="COM3 atau /dev/ttyUSB0"
        />
        <button type="button" onClick={() => void refresh()} title="Muat ulang daftar port">
          Cari port
        </button>
      </span>
      <datalist id={`${id}-ports`}>
        {ports.map((p) => (
          <option key={p.path} value={p.path}>
            {p.label}
          </option>
        ))}
      </datalist>
      {note && <small className="hint">{note}</small>}
    </div>
  );
}
