import { missingCase } from '../../domain/missing-case';
import { useTerminalStore, type Screen } from '../stores/terminal-store';
import { ImportScreen } from './ImportScreen';
import { LabelsScreen } from './LabelsScreen';
import { NoticeBar } from './NoticeBar';
import { RegisterScreen } from './RegisterScreen';
import { SalesScreen } from './SalesScreen';
import { SettingsScreen } from './SettingsScreen';
import { TopBar } from './TopBar';

export function App() {
  const ready = useTerminalStore((s) => s.identity !== null);
  const bootError = useTerminalStore((s) => s.bootError);
  const screen = useTerminalStore((s) => s.screen);
  if (bootError) return <p className="boot boot-error" role="alert">{bootError}</p>;
  if (!ready) return <p className="boot">Menyiapkan terminal…</p>;
  return (
    <div className="app">
      <TopBar />
      <NoticeBar />
      <ScreenOf screen={screen} />
    </div>
  );
}

function ScreenOf({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'register':
      return <RegisterScreen />;
    case 'sales':
      return <SalesScreen />;
    case 'import':
      return <ImportScreen />;
    case 'labels':
      return <LabelsScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return missingCase(screen);
  }
}
