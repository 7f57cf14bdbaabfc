import { useState } from 'react';
import type { BackofficeSession } from '#sync/protocol/backoffice';
import { AuditPanel } from './AuditPanel';
import { CatalogPanel } from './CatalogPanel';
import { OutletsPanel } from './OutletsPanel';
import { QuarantinePanel } from './QuarantinePanel';
import { SettingsPanel } from './SettingsPanel';
import { StaffPanel } from './StaffPanel';
import { Tabs } from './Tabs';

type User = BackofficeSession['user'];

/** Each screen, and the roles it is shown to (the server checks the same on every request). */
const SCREENS = [
  { key: 'katalog', label: 'Katalog', roles: ['provinsi', 'outlet'], Panel: CatalogPanel },
  { key: 'staf', label: 'Staf', roles: ['provinsi', 'outlet'], Panel: StaffPanel },
  { key: 'outlet', label: 'Outlet & terminal', roles: ['provinsi', 'outlet', 'bkd'], Panel: OutletsPanel },
  { key: 'pengaturan', label: 'Pengaturan', roles: ['provinsi', 'outlet', 'bkd'], Panel: SettingsPanel },
  { key: 'karantina', label: 'Karantina', roles: ['provinsi', 'outlet'], Panel: QuarantinePanel },
  { key: 'audit', label: 'Log audit', roles: ['provinsi', 'outlet', 'bkd'], Panel: AuditPanel },
] as const satisfies readonly {
  key: string;
  label: string;
  roles: readonly User['role'][];
  Panel: (props: { user: User }) => React.JSX.Element;
}[];

/** Kelola: the management screens, as tabs. */
export function Kelola({ user }: { user: User }) {
  const screens = SCREENS.filter((s) => (s.roles as readonly string[]).includes(user.role));
  const [key, setKey] = useState<string>(screens[0]!.key);
  const shown = screens.find((s) => s.key === key) ?? screens[0]!;
  return (
    <section className="kelola">
      <Tabs label="Kelola" screens={screens} shown={shown.key} onPick={setKey} />
      <shown.Panel key={shown.key} user={user} />
    </section>
  );
}
