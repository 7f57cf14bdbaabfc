import { useEffect, useState } from 'react';
import { cashCountProblems, cashCountTotal, type CashCount } from '#domain/shift/cash-count';
import { payOutNeedsApproval, type CashMovementKind } from '#domain/shift/cash-movement';
import { formatRupiah, subtract, type Rupiah } from '#domain/money';
import { varianceNeedsApproval } from '#domain/shift/shift';
import type { ShiftReport } from '#domain/shift/shift-report';
import { formatBusinessDate, formatWita } from '#domain/wita';
import { useShortcuts } from '../scanning/use-shortcuts';
import { useApprovalStore } from '../stores/approval-store';
import { showError } from '../stores/notice-store';
import { useSessionStore } from '../stores/session-store';
import { useTerminalStore } from '../stores/terminal-store';
import {
  checkOutletTills,
  closeShiftWithCount,
  closeToday,
  moveShiftCash,
  openShiftWithFloat,
  printShiftXReport,
  refreshShiftReport,
  useShiftStore,
} from '../stores/shift-store';
import { CashCountForm } from './CashCountForm';
import { DrawerDialog } from './DrawerDialog';
import { FormActions } from './FormActions';
import { MoneyInput } from './MoneyInput';
import { PastZReports } from './PastZReports';
import { ZReportPaper } from './Receipt';
import { ShiftFigures } from './ShiftFigures';
import './cash-control.css';
import { submitHandler } from './submit-handler';

type Mode = 'view' | CashMovementKind | 'drawer' | 'close';

/** The shift: open it with a counted float, cash in and out, the X report, and closing with a count. */
export function ShiftScreen() {
  const shift = useShiftStore((s) => s.shift);
  const report = useShiftStore((s) => s.report);
  const closed = useShiftStore((s) => s.closed);
  const user = useSessionStore((s) => s.user)!;
  const identity = useTerminalStore((s) => s.identity)!;
  const [mode, setMode] = useState<Mode>('view');
  useEffect(() => {
    void refreshShiftReport();
  }, [shift, mode]);
  const approving = useApprovalStore((s) => s.pending !== null);
  useShortcuts({ Escape: () => setMode('view') }, mode !== 'view' && !approving);
  if (shift === undefined) return <p className="boot">Memuat shift…</p>;
  if (shift === null) {
    return (
      <main className="shift-screen">
        {closed && (
          <section className="shift-panel" aria-label="Shift terakhir ditutup">
            <h2>Shift {closed.shift.cashier.name} ditutup — laporan Z dicetak</h2>
            <ZReportPaper shift={closed.shift} report={closed.report} identity={identity} />
          </section>
        )}
        <section className="shift-panel wide">
          <header className="shift-panel-head">
            <h2>Buka shift</h2>
            {user.role === 'manager' && (
              <button className="day-close" onClick={() => void closeToday()}>
                Tutup hari (laporan harian)
              </button>
            )}
          </header>
          <p className="hint">
            Hitung uang di laci (modal awal) per pecahan. Penjualan baru bisa dilakukan setelah shift dibuka.
          </p>
          {user.role === 'manager' && !identity.training && <OutletTills />}
          <CashCountForm
            title="Modal awal"
            submitLabel="Buka shift"
            onSubmit={(count) => void openShiftWithFloat(count)}
          />
          <PastZReports />
        </section>
      </main>
    );
  }
  return (
    <main className="shift-screen">
      <section className="shift-panel">
        <h2>
          Shift {shift.cashier.name}{' '}
          <span className="hint">
            dibuka {formatWita(shift.openedAt)} · hari {formatBusinessDate(shift.businessDate)}
          </span>
        </h2>
        <h3>Laporan X (sementara)</h3>
        {report && <ShiftFigures report={report} />}
        <div className="actions shift-actions">
          <button onClick={() => setMode('pay-in')}>Kas masuk</button>
          <button onClick={() => setMode('pay-out')}>Kas keluar</button>
          <button onClick={() => void printShiftXReport()}>Cetak laporan X</button>
          <button onClick={() => setMode('drawer')}>Buka laci</button>
          <button className="primary close-shift" onClick={() => setMode('close')}>
            Tutup shift
          </button>
        </div>
        <PastZReports />
      </section>
      {(mode === 'pay-in' || mode === 'pay-out') && <CashMovementForm kind={mode} done={() => setMode('view')} />}
      {mode === 'drawer' && <DrawerDialog close={() => setMode('view')} />}
      {mode === 'close' && report && <CloseShiftForm report={report} done={() => setMode('view')} />}
    </main>
  );
}

/** The outlet's tills today as the province knows them: which have closed their shifts and synced, before the day close. */
function OutletTills() {
  const tills = useShiftStore((s) => s.tills);
  useEffect(() => {
    void checkOutletTills(false);
  }, []);
  return (
    <section className="outlet-tills" aria-label="Till outlet hari ini">
      <header className="shift-panel-head">
        <h3>Till outlet hari ini</h3>
        <button onClick={() => void checkOutletTills(true)}>Periksa till</button>
      </header>
      {tills === null ? (
        <p className="hint">Status till lain dibaca dari server provinsi saat online.</p>
      ) : (
        <ul>
          {tills.map((t) => (
            <li
              key={t.terminalId}
              data-till={t.code}
              data-state={t.state}
              className={t.blocks ? 'till blocks' : 'till'}
            >
              <strong>
                Terminal {t.code} · {t.name}
              </strong>{' '}
              <span>{t.note}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CashMovementForm({ kind, done }: { kind: CashMovementKind; done: () => void }) {
  const [amount, setAmount] = useState<Rupiah | null>(null);
  const [reason, setReason] = useState('');
  const title = kind === 'pay-in' ? 'Kas masuk' : 'Kas keluar';
  const submit = async () => {
    if (amount === null) return showError('Ketik jumlahnya, misalnya 50.000.');
    if (await moveShiftCash(kind, amount, reason)) done();
  };
  return (
    <section className="shift-panel">
      <form className="shift-form" aria-label={title} onSubmit={submitHandler(submit)}>
        <h3>{title}</h3>
        <label>
          Jumlah
          <MoneyInput autoFocus label="Jumlah" value={amount} onChange={setAmount} />
        </label>
        {kind === 'pay-out' && <PayOutApproval amount={amount} />}
        <label>
          Alasan
          <input
            aria-label="Alasan"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={kind === 'pay-in' ? 'Tambah uang kecil dari brankas' : 'Bayar ongkos kirim UMKM'}
          />
        </label>
        <p className="hint">Laci terbuka dan bukti {title.toLowerCase()} dicetak.</p>
        <FormActions cancel={done} submitLabel={`Simpan ${title.toLowerCase()}`} />
      </form>
    </section>
  );
}

/** Before the cashier types: the amount above which a manager approves; once above it, that a manager will be asked. */
function PayOutApproval({ amount }: { amount: Rupiah | null }) {
  const threshold = useShiftStore((s) => s.payOutThreshold);
  const manager = useSessionStore((s) => s.user?.role === 'manager');
  const over = amount !== null && payOutNeedsApproval(amount, threshold);
  return (
    <>
      <p className="hint" data-testid="pay-out-threshold">
        {threshold === 0
          ? 'Setiap kas keluar perlu persetujuan manajer.'
          : `Di atas ${formatRupiah(threshold)} perlu persetujuan manajer.`}
      </p>
      {over && (
        <p className="approval-ahead" role="status" data-testid="pay-out-approval">
          {manager
            ? 'Jumlah ini di atas batas: tercatat dengan persetujuan Anda sebagai manajer.'
            : 'Jumlah ini di atas batas: manajer akan diminta memasukkan PIN saat disimpan.'}
        </p>
      )}
    </>
  );
}

/** Counting the drawer to close: expected (the X report's) against counted, and the variance, as the cashier types. */
function CloseShiftForm({ report, done }: { report: ShiftReport; done: () => void }) {
  const [counted, setCounted] = useState<Rupiah | null>(null);
  const [reason, setReason] = useState('');
  const onChange = (count: CashCount) =>
    setCounted(cashCountProblems(count).length === 0 ? cashCountTotal(count) : null);
  const variance = counted === null ? null : subtract(counted, report.expectedCash);
  const threshold = useShiftStore((s) => s.varianceThreshold);
  const over = variance !== null && varianceNeedsApproval(variance, threshold);
  const submit = async (count: CashCount) => {
    if (await closeShiftWithCount(count, reason)) done();
  };
  return (
    <section className="shift-panel">
      <CashCountForm
        title="Hitung laci untuk tutup shift"
        submitLabel="Tutup shift & cetak laporan Z"
        onSubmit={(c) => void submit(c)}
        onChange={onChange}
      >
        <dl className="closing-preview">
          <div className="row">
            <dt>Kas seharusnya</dt>
            <dd className="num" data-testid="close-expected">
              {formatRupiah(report.expectedCash)}
            </dd>
          </div>
          <div className="row">
            <dt>Kas dihitung</dt>
            <dd className="num" data-testid="close-counted">
              {counted === null ? '—' : formatRupiah(counted)}
            </dd>
          </div>
          <div className={over ? 'row over' : 'row'}>
            <dt>Selisih</dt>
            <dd className="num" data-testid="close-variance">
              {variance === null ? '—' : formatRupiah(variance)}
            </dd>
          </div>
        </dl>
        {over && (
          <label className="variance-reason">
            Selisih melebihi {formatRupiah(threshold)}: tulis alasannya (perlu persetujuan manajer)
            <input aria-label="Alasan selisih" value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
        )}
      </CashCountForm>
    </section>
  );
}
