import { useState, type FormEvent } from 'react';
import { parseRupiah } from '#domain/money';
import type { BackofficeSession } from '#sync/protocol/backoffice';
import type { ManagedSettings } from '#sync/protocol/backoffice-manage';
import { AsnRosterImport } from './AsnRosterImport';
import { rp } from './format';
import { loadSettings, saveOutletTarget, saveOutletTax, saveProvinceSettings, saveQris } from './manage-api';
import { OutletTargetsCard } from './OutletTargetsCard';
import { OutletTaxCard } from './OutletTaxCard';
import { Notice } from './Notice';
import { useLoaded } from './use-loaded';

/** Pengaturan: the province's ASN minimum and shift variance threshold, each outlet's target, static QRIS and PPN standing. */
export function SettingsPanel({ user }: { user: BackofficeSession['user'] }) {
  const { data, said, setSaid, change } = useLoaded(loadSettings, 'Pengaturan tidak bisa dimuat.');
  const save = async (work: () => Promise<unknown>, done: string) => {
    await change(work, `${done}; terminal menerimanya pada sinkronisasi berikutnya.`, 'Pengaturan tidak tersimpan.');
  };

  if (!data) return <Notice said={said} />;
  return (
    <div className="panel">
      <Notice said={said} />
      {user.role === 'provinsi' ? (
        <ProvinceForm
          data={data}
          onSave={(asn, variance) => save(() => saveProvinceSettings(asn, variance), 'Pengaturan provinsi tersimpan')}
          onProblem={(text) => setSaid({ kind: 'problem', text })}
        />
      ) : (
        <div className="card">
          <h3>Pengaturan provinsi</h3>
          <p>Minimal belanja ASN per bulan: {rp(data.asnMinimum)}</p>
          <p>Batas selisih kas tutup shift tanpa persetujuan manajer: {rp(data.varianceThreshold)}</p>
        </div>
      )}
      {user.role === 'provinsi' && <AsnRosterImport />}
      <OutletTargetsCard
        targets={data.targets}
        canChange={user.role === 'provinsi'}
        onSave={async (t, amount) => {
          await saveOutletTarget(t.outletId, amount);
          await change(() => Promise.resolve(), `Target ${t.outletName} tersimpan.`, 'Target tidak tersimpan.');
        }}
      />
      <div className="card wide table-wrap">
        <h3>QRIS statis per outlet</h3>
        <table data-testid="qris">
          <thead>
            <tr>
              <th>Outlet</th>
              <th>QRIS</th>
              {user.role !== 'bkd' && <th>Ganti dengan isi kode QR dari bank</th>}
            </tr>
          </thead>
          <tbody>
            {data.qris.map((q) => (
              <tr key={q.outletId}>
                <td>{q.outletName}</td>
                <td className="qris">{q.payload ? `${q.payload.slice(0, 24)}…` : 'belum diisi'}</td>
                {user.role !== 'bkd' && (
                  <td>
                    <QrisForm
                      outletName={q.outletName}
                      onSave={(payload) => save(() => saveQris(q.outletId, payload), `QRIS ${q.outletName} tersimpan`)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <OutletTaxCard
        outlets={data.ppn}
        canChange={user.role === 'provinsi'}
        onSave={(o, tax) => save(() => saveOutletTax(o.outletId, tax), `PPN ${o.outletName} tersimpan`)}
      />
    </div>
  );
}

function ProvinceForm({
  data,
  onSave,
  onProblem,
}: {
  data: ManagedSettings;
  onSave: (asnMinimum: number, varianceThreshold: number) => Promise<void>;
  onProblem: (text: string) => void;
}) {
  const [asn, setAsn] = useState(String(data.asnMinimum));
  const [variance, setVariance] = useState(String(data.varianceThreshold));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const asnMinimum = parseRupiah(asn);
    const varianceThreshold = parseRupiah(variance);
    if (asnMinimum === null || varianceThreshold === null)
      onProblem('Tulis jumlah dalam Rupiah bulat, misalnya 100.000.');
    else void onSave(asnMinimum, varianceThreshold);
  };
  return (
    <form className="card row-form" onSubmit={submit} aria-label="Pengaturan provinsi">
      <label>
        Minimal belanja ASN per bulan (sekarang {rp(data.asnMinimum)})
        <input value={asn} onChange={(e) => setAsn(e.target.value)} inputMode="numeric" />
      </label>
      <label>
        Batas selisih kas shift (sekarang {rp(data.varianceThreshold)})
        <input value={variance} onChange={(e) => setVariance(e.target.value)} inputMode="numeric" />
      </label>
      <button type="submit">Simpan</button>
    </form>
  );
}

function QrisForm({ outletName, onSave }: { outletName: string; onSave: (payload: string) => Promise<void> }) {
  const [payload, setPayload] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSave(payload);
  };
  return (
    <form className="row-form" onSubmit={submit}>
      <input
        aria-label={`QRIS ${outletName}`}
        value={payload}
        onChange={(e) => setPayload(e.target.value)}
        placeholder="000201…"
      />
      <button type="submit">Simpan</button>
    </form>
  );
}
