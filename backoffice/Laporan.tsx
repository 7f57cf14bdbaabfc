import { useState } from 'react';
import { GovernorReport } from './GovernorReport';
import { PpnReport } from './PpnReport';
import { Tabs } from './Tabs';

const SCREENS = [
  { key: 'gubernur', label: 'Laporan gubernur', Report: GovernorReport },
  { key: 'ppn', label: 'PPN', Report: PpnReport },
] as const;

/** Laporan: the month's reports, as tabs; each is built in the server's scope (the province, or an outlet's own). */
export function Laporan() {
  const [key, setKey] = useState<string>(SCREENS[0].key);
  const shown = SCREENS.find((s) => s.key === key) ?? SCREENS[0];
  return (
    <section className="laporan">
      <Tabs label="Laporan" screens={SCREENS} shown={shown.key} onPick={setKey} />
      <shown.Report />
    </section>
  );
}
