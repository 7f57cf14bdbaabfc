import { useEffect, useState, type ReactNode } from 'react';
import { database } from '../stores/terminal-store';
import { enrolTerminal } from '../sync/enrol-terminal';
import '../sync/sync.css';
import { submitHandler } from './submit-handler';

/** A manager enrols the terminal with the server's address and a one-time code from the province. */
export function EnrolmentForm() {
  const [serverUrl, setServerUrl] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState('Kasir 1');
  const [allowPlainHttp, setAllowPlainHttp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [practice, setPractice] = useState<number | null>(null);
  useEffect(() => {
    void database()
      .sales.filter((s) => s.training)
      .count()
      .then(setPractice);
  }, []);
  const submit = async () => {
    setBusy(true);
    setError(null);
    const failure = await enrolTerminal(database(), { serverUrl, code, name, allowPlainHttp });
    setBusy(false);
    if (failure) setError(failure);
  };
  return (
    <section>
      <h2>Daftarkan terminal ke server provinsi</h2>
      <p>
        Terminal ini masih dalam <strong>mode latihan</strong>. Minta kode pendaftaran sekali pakai ke provinsi, lalu
        isi di bawah. Setelah terdaftar, penjualan dihitung dan dikirim ke provinsi.
      </p>
      {practice !== null && practice > 0 && (
        <p className="hint" data-testid="practice-note">
          {practice} penjualan latihan di terminal ini akan dihapus saat pendaftaran; penjualan latihan tidak pernah
          dikirim ke provinsi.
        </p>
      )}
      <form className="enrol-form" onSubmit={submitHandler(submit)}>
        <EnrolField
          label="Alamat server"
          name="server"
          value={serverUrl}
          onChange={setServerUrl}
          placeholder="https://sinkron.nttmart.go.id"
        >
          <span className="hint">
            Tanpa http:// atau https://, alamat di komputer ini (localhost, 127.0.0.1) memakai http://, alamat lain
            https://.
          </span>
        </EnrolField>
        <EnrolField label="Kode pendaftaran" name="code" value={code} onChange={setCode} placeholder="K7QM-3XHP" />
        <label>
          Nama terminal
          <input name="name" value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label className="check">
          <input type="checkbox" checked={allowPlainHttp} onChange={(e) => setAllowPlainHttp(e.target.checked)} />
          Izinkan http tanpa enkripsi (hanya untuk uji)
        </label>
        {allowPlainHttp && (
          <p className="sync-problem" data-testid="plain-http-warning">
            ⚠ Dengan http:// biasa, token terminal, PIN staf (tersandi) dan data ASN terkirim tanpa enkripsi dan bisa
            disadap di jaringan. Jangan dipakai di toko: server provinsi harus https://.
          </p>
        )}
        <div className="actions">
          <button className="primary" type="submit" disabled={busy}>
            {busy ? 'Mendaftarkan…' : 'Daftarkan terminal'}
          </button>
        </div>
        {error && (
          <p className="sync-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** A required enrolment field without the browser's autofill: the address and the code come from the province. */
function EnrolField({
  label,
  name,
  value,
  onChange,
  placeholder,
  children,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  children?: ReactNode;
}) {
  return (
    <label>
      {label}
      <input
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        required
        autoComplete="off"
      />
      {children}
    </label>
  );
}
