import { missingCase } from '#domain/missing-case';
import { useSessionStore } from '../stores/session-store';
import { useSyncStore } from '../stores/sync-store';
import { useTerminalStore, type Screen } from '../stores/terminal-store';
import { ApprovalDialog } from './ApprovalDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { ImportScreen } from './ImportScreen';
import { LabelsScreen } from './LabelsScreen';
import { LockScreen } from './LockScreen';
import { NoticeBar } from './NoticeBar';
import { OutletDownload } from './OutletDownload';
import { ReceivingScreen } from './ReceivingScreen';
import { PurchaseOrderScreen } from './PurchaseOrderScreen';
import { RegisterScreen } from './RegisterScreen';
import { SalesScreen } from './SalesScreen';
import { SettingsScreen } from './SettingsScreen';
import { StockScreen } from './StockScreen';
import { StockTakeScreen } from './StockTakeScreen';
import { ShiftScreen } from './ShiftScreen';
import { SyncScreen } from './SyncScreen';
import { TopBar } from './TopBar';
import { TransferScreen } from './TransferScreen';
import { WriteOffScreen } from './WriteOffScreen';

export function App() {
  const ready = useTerminalStore((s) => s.identity !== null);
  const bootError = useTerminalStore((s) => s.bootError);
  const screen = useTerminalStore((s) => s.screen);
  const signedIn = useSessionStore((s) => s.user !== null);
  const downloading = useSyncStore((s) => s.stage === 'downloading');
  if (bootError)
    return (
      <p className="boot boot-error" role="alert">
        {bootError}
      </p>
    );
  if (!ready) return <p className="boot">Menyiapkan terminal…</p>;
  if (downloading) return <OutletDownload />;
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
      <ScreenOf screen={screen} />
      <ApprovalDialog />
      <ConfirmDialog />
    </div>
  );
}

function ScreenOf({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'register':
      return <RegisterScreen />;
    case 'shift':
      return <ShiftScreen />;
    case 'sales':
      return <SalesScreen />;
    case 'import':
      return <ImportScreen />;
    case 'labels':
      return <LabelsScreen />;
    case 'receiving':
      return <ReceivingScreen />;
    case 'purchase-order':
      return <PurchaseOrderScreen />;
    case 'transfer':
      return <TransferScreen />;
    case 'write-off':
      return <WriteOffScreen />;
    case 'stock':
      return <StockScreen />;
    case 'stock-take':
      return <StockTakeScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'sync':
      return <SyncScreen />;
    default:
      return missingCase(screen);
  }
}
