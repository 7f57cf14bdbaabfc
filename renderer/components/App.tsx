import { missingCase } from '../../domain/missing-case';
import { useTerminalStore } from '../stores/terminal-store';
import { ImportScreen } from './ImportScreen';
import { NoticeBar } from './NoticeBar';
import { RegisterScreen } from './RegisterScreen';
import { SalesScreen } from './SalesScreen';
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
      {screen === 'register' ? <RegisterScreen /> : screen === 'sales' ? <SalesScreen /> : screen === 'import' ? <ImportScreen /> : missingCase(screen)}
    </div>
  );
}
