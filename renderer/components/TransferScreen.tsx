import { useOutlets } from '../stock/queries';
import {
  addTransferProduct,
  chooseDestination,
  closeSavedTransfer,
  removeTransferLine,
  saveTransfer,
  setTransferQuantity,
  transferScan,
  useTransferStore,
} from '../stores/transfer-store';
import { useTerminalStore } from '../stores/terminal-store';
import { TransferSlipPaper } from './Receipt';
import { OutgoingLines, SavedStockDocument, StockDocumentScreen } from './StockDocumentScreen';

/** Kirim mutasi (manajer): goods leave this outlet for another, in transit until it receives them; the slip prints. */
export function TransferScreen() {
  const saved = useTransferStore((s) => s.saved);
  const identity = useTerminalStore((s) => s.identity)!;
  if (saved)
    return (
      <SavedStockDocument
        title="Mutasi terkirim"
        again="Mutasi baru"
        onAgain={closeSavedTransfer}
        hint={`Surat jalan dicetak di printer struk: kirim bersama barangnya. ${saved.toOutletName} menerimanya di layar Stok.`}
      >
        <TransferSlipPaper {...saved} identity={identity} />
      </SavedStockDocument>
    );
  return <TransferForm />;
}

function TransferForm() {
  const { to, lines, saving } = useTransferStore();
  const identity = useTerminalStore((s) => s.identity)!;
  const outlets = useOutlets();
  return (
    <StockDocumentScreen title="Kirim mutasi (manajer)" className="transfer-screen">
      <div className="receiving-head">
        <label>
          Outlet tujuan
          <select
            aria-label="Outlet tujuan"
            value={to?.id ?? ''}
            onChange={(e) => chooseDestination(outlets?.find((o) => o.id === e.target.value) ?? null)}
          >
            <option value="">— pilih outlet —</option>
            {(outlets ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
                {o.id === identity.outletId ? ' (outlet ini)' : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      {outlets?.length === 0 && (
        <p className="hint" role="status">
          Daftar outlet belum diunduh dari server provinsi: daftarkan terminal dan sinkronkan dulu.
        </p>
      )}
      <OutgoingLines
        lines={lines}
        keyOf={(line) => line.product.id}
        verb="Dikirim"
        marker="data-transfer-line"
        empty="Pindai barang yang dikirim, atau cari di atas."
        onPick={addTransferProduct}
        onScan={transferScan}
        onQuantity={(line, text) => setTransferQuantity(line.product.id, text)}
        onRemove={(line) => removeTransferLine(line.product.id)}
        save={{ label: 'Kirim & cetak surat jalan', saving, onSave: () => void saveTransfer() }}
      />
    </StockDocumentScreen>
  );
}
