import { missingCase } from '../../domain/missing-case';
import { useSessionStore } from '../stores/session-store';
import { useTerminalStore } from '../stores/terminal-store';
import { ApprovalDialog } from './ApprovalDialog';
import { ImportScreen } from './ImportScreen';
import { LockScreen } from './LockScreen';
import { NoticeBar } from './NoticeBar';
import { RegisterScreen } from './RegisterScreen';
import { SalesScreen } from './SalesScreen';
import { ShiftScreen } from './ShiftScreen';
import { TopBar } from './TopBar';

export function App() {
  const ready = useTerminalStore((s) => s.identity !== null);
  const bootError = useTerminalStore((s) => s.bootError);
  const screen = useTerminalStore((s) => s.screen);
  const signedIn = useSessionStore((s) => s.user !== null);
  if (bootError) return <p className="boot boot-error" role="alert">{bootError}</p>;
  if (!ready) return <p className="boot">Menyiapkan terminal…</p>;
  if (!signedIn) {
    return (
      <div className="app">
        <LockScreen />
      </div>
    );
  }
  return (
    <div className="app">
      <TopBar />
      <NoticeBar />
      {screen === 'register' ? <RegisterScreen /> : screen === 'shift' ? <ShiftScreen /> : screen === 'sales' ? <SalesScreen /> : screen === 'import' ? <ImportScreen /> : missingCase(screen)}
      <ApprovalDialog />
    </div>
  );
}
