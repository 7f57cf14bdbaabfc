import { missingCase } from '../../domain/missing-case';
import { useSyncStore } from '../stores/sync-store';
import { useTerminalStore } from '../stores/terminal-store';
import { ImportScreen } from './ImportScreen';
import { NoticeBar } from './NoticeBar';
import { OutletDownload } from './OutletDownload';
import { RegisterScreen } from './RegisterScreen';
import { SalesScreen } from './SalesScreen';
import { SyncScreen } from './SyncScreen';
import { TopBar } from './TopBar';

export function App() {
  const ready = useTerminalStore((s) => s.identity !== null);
  const bootError = useTerminalStore((s) => s.bootError);
  const screen = useTerminalStore((s) => s.screen);
  const downloading = useSyncStore((s) => s.stage === 'downloading');
  if (bootError) return <p className="boot boot-error" role="alert">{bootError}</p>;
  if (!ready) return <p className="boot">Menyiapkan terminal…</p>;
  if (downloading) return <OutletDownload />;
  return (
    <div className="app">
      <TopBar />
      <NoticeBar />
      {screen === 'register' ? <RegisterScreen /> : screen === 'sales' ? <SalesScreen /> : screen === 'import' ? <ImportScreen /> : screen === 'sync' ? <SyncScreen /> : missingCase(screen)}
    </div>
  );
}
