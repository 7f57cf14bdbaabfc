import { WRITE_OFF_REASONS } from '#domain/stock/stock-reason';
import { WRITE_OFF_LABEL } from '#domain/stock/write-off';
import { useTerminalStore } from '../stores/terminal-store';
import {
  addWriteOffProduct,
  closeSavedWriteOff,
  removeWriteOffLine,
  saveWriteOff,
  setWriteOffNote,
  setWriteOffQuantity,
  setWriteOffReason,
  useWriteOffStore,
  writeOffScan,
} from '../stores/write-off-store';
import { RadioButtons } from './RadioButtons';
import { WriteOffSlipPaper } from './Receipt';
import { OutgoingLines, SavedStockDocument, StockDocumentScreen } from './StockDocumentScreen';

/** Stok terbuang: goods damaged, expired or lost leave the books with a manager's approval; the slip prints. */
export function WriteOffScreen() {
  const saved = useWriteOffStore((s) => s.saved);
  const identity = useTerminalStore((s) => s.identity)!;
  if (saved)
    return (
      <SavedStockDocument
        title="Stok terbuang tercatat"
        again="Stok terbuang baru"
        onAgain={closeSavedWriteOff}
        hint="Berita acara dicetak di printer struk: tanda tangani dan simpan bersama dokumen outlet."
      >
        <WriteOffSlipPaper {...saved} identity={identity} />
      </SavedStockDocument>
    );
  return <WriteOffForm />;
}

function WriteOffForm() {
  const { reason, note, lines, saving } = useWriteOffStore();
  return (
    <StockDocumentScreen title="Stok terbuang" className="write-off-screen">
      <div className="receiving-head">
        <RadioButtons
          className="unit-toggle"
          label="Alasan"
          value={reason}
          choices={WRITE_OFF_REASONS.map((r) => [r, WRITE_OFF_LABEL[r]] as const)}
          onChange={setWriteOffReason}
        />
        <label>
          Catatan
          <input
            aria-label="Catatan"
            maxLength={200}
            placeholder="contoh: kemasan sobek saat dibongkar"
            value={note}
            onChange={(e) => setWriteOffNote(e.target.value)}
          />
        </label>
      </div>
      <OutgoingLines
        lines={lines}
        keyOf={(line) => line.key}
        verb="Dibuang"
        extra={{ heading: <th>Kedaluwarsa</th>, cell: (line) => <td>{line.expiry ?? '—'}</td> }}
        marker="data-write-off-line"
        empty="Pindai barang yang dibuang, atau cari di atas."
        onPick={addWriteOffProduct}
        onScan={writeOffScan}
        onQuantity={(line, text) => setWriteOffQuantity(line.key, text)}
        onRemove={(line) => removeWriteOffLine(line.key)}
        save={{ label: 'Simpan & cetak berita acara', saving, onSave: () => void saveWriteOff() }}
      />
    </StockDocumentScreen>
  );
}
