import { useRef } from 'react';
import { DEMO_ASN } from '../training/demo-asn';
import { formatNip, nipGroups } from '#domain/asn/nip';
import type { Identification } from '../asn/identify-asn';
import { useShortcuts } from '../scanning/use-shortcuts';
import { checkNip, closeAsnEntry, confirmAsn, editNip, useAsnEntryStore } from '../stores/asn-store';
import { useTerminalStore } from '../stores/terminal-store';
import { AsnMonth } from './AsnMonth';
import { Modal } from './Modal';
import { submitHandler } from './submit-handler';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * F11 or a scanned ID card: the NIP typed (spaces allowed), tapped on the keypad or scanned; then
 * what is wrong with it, or who it is for the cashier to confirm, with their month so far.
 */
export function AsnDialog() {
  const open = useAsnEntryStore((s) => s.open);
  if (!open) return null;
  return (
    <Modal label="Identifikasi ASN" className="asn-dialog" cancel={closeAsnEntry}>
      <AsnEntry />
    </Modal>
  );
}

function AsnEntry() {
  const { text, checking, result } = useAsnEntryStore();
  const training = useTerminalStore((s) => s.identity?.training ?? false);
  const input = useRef<HTMLInputElement>(null);
  const submit = () => (result?.ok ? confirmAsn() : void checkNip());
  // Enter with the focus nowhere in particular (after a scan, say) does what the form's button does.
  useShortcuts({ Enter: submit });
  const type = (next: string) => {
    editNip(next);
    input.current?.focus();
  };
  const tryDemo = (nip: string) => {
    editNip(nip);
    void checkNip();
  };
  return (
    <>
      <header>
        <h2>Identifikasi ASN</h2>
        <button onClick={closeAsnEntry}>
          <kbd>Esc</kbd> Kembali
        </button>
      </header>
      <form className="nip-form" onSubmit={submitHandler(submit)}>
        <label>
          NIP atau NI PPPK — 18 angka, spasi boleh, atau pindai kartu ASN
          <input
            ref={input}
            autoFocus
            inputMode="numeric"
            autoComplete="off"
            aria-label="NIP"
            value={text}
            onChange={(e) => editNip(e.target.value)}
            placeholder="19860926 201505 1 001"
          />
        </label>
        {/* One button whose words change: it keeps the focus from checking to confirming. */}
        <button type="submit" className="primary" disabled={checking || text.trim() === ''}>
          <kbd>Enter</kbd> {!result?.ok ? 'Periksa' : result.buyer.verified ? 'Benar, pakai NIP ini' : 'Pakai NIP ini'}
        </button>
      </form>
      {!result?.ok && (
        <div className="nip-keys">
          {KEYS.map((d) => (
            <button key={d} type="button" tabIndex={-1} onClick={() => type(text + d)}>
              {d}
            </button>
          ))}
          <button type="button" tabIndex={-1} aria-label="Hapus semua angka" onClick={() => type('')}>
            C
          </button>
          <button type="button" tabIndex={-1} onClick={() => type(text + '0')}>
            0
          </button>
          <button
            type="button"
            tabIndex={-1}
            aria-label="Hapus angka terakhir"
            onClick={() => type(text.trimEnd().slice(0, -1))}
          >
            ⌫
          </button>
        </div>
      )}
      {checking && <p className="hint">Memeriksa…</p>}
      {result && (result.ok ? <Found result={result} retype={() => type('')} /> : <Problem result={result} />)}
      {training && !result?.ok && (
        <div className="demo-nips">
          <p className="hint">Mode latihan — coba salah satu ASN contoh:</p>
          {DEMO_ASN.map((a) => (
            <button key={a.nip} type="button" onClick={() => tryDemo(a.nip)}>
              <span>{a.name}</span> <span className="asn-nip">{formatNip(a.nip)}</span>
            </button>
          ))}
        </div>
      )}
    </>
  );
}

/** The number in its groups with the wrong part marked, and the reason. */
function Problem({ result }: { result: Extract<Identification, { ok: false }> }) {
  const groups = result.digits === null ? null : nipGroups(result.digits);
  return (
    <div className="nip-problem">
      {groups && (
        <p className="nip-groups" aria-hidden="true">
          {groups.map((g, i) => (
            <span key={i} className={g.part === result.part ? 'wrong' : undefined}>
              {g.text}
            </span>
          ))}
        </p>
      )}
      <p role="alert" data-testid="nip-problem">
        {result.message}
      </p>
    </div>
  );
}

function Found({ result, retype }: { result: Extract<Identification, { ok: true }>; retype: () => void }) {
  const { buyer, standing } = result;
  return (
    <div className={buyer.verified ? 'asn-found' : 'asn-found unverified'} data-testid="asn-found">
      <header>
        <span className="asn-kind">ASN · {buyer.kind}</span>
        <span className="asn-verified">{buyer.verified ? '✓ Ada di daftar ASN' : '⚠ Belum terverifikasi'}</span>
      </header>
      <strong className="asn-name">{buyer.name ?? 'Tidak ada di daftar ASN terminal'}</strong>
      {buyer.opd && <span className="asn-opd">{buyer.opd}</span>}
      <span className="asn-nip">NIP {formatNip(buyer.nip)}</span>
      {!buyer.verified && (
        <p className="hint">
          Daftar ASN di terminal bisa tertinggal sehari. Penjualan tetap dicatat untuk NIP ini, ditandai belum
          terverifikasi, dan diperiksa server provinsi.
        </p>
      )}
      <AsnMonth month={standing.month} total={standing.total} threshold={standing.threshold} />
      <button type="button" onClick={retype}>
        Salah NIP — ketik ulang
      </button>
    </div>
  );
}
