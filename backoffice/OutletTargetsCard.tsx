import { useState, type FormEvent } from 'react';
import { parseRupiah } from '#domain/money';
import type { ManagedSettings } from '#sync/protocol/backoffice-manage';
import { rp } from './format';
import { FieldError } from './Notice';

type Target = ManagedSettings['targets'][number];

/**
 * Each outlet's monthly sales target (Beranda's "% target"): its own, or an even share of the
 * province's. Role provinsi changes it; the server checks the amount and names the field it refuses.
 */
export function OutletTargetsCard({
  targets,
  canChange,
  onSave,
}: {
  targets: readonly Target[];
  canChange: boolean;
  onSave: (target: Target, monthlyAmount: number | null) => Promise<unknown>;
}) {
  return (
    <div className="card wide table-wrap">
      <h3>Target penjualan per outlet</h3>
      <table data-testid="outlet-targets">
        <thead>
          <tr>
            <th>Outlet</th>
            <th className="num">Target sebulan</th>
            {canChange && <th>Ubah (kosongkan untuk bagian rata target provinsi)</th>}
          </tr>
        </thead>
        <tbody>
          {targets.map((t) => (
            <tr key={t.outletId}>
              <td>{t.outletName}</td>
              <td className="num">
                {t.monthlyAmount === null ? `${rp(t.shareOfProvince)} (bagian rata provinsi)` : rp(t.monthlyAmount)}
              </td>
              {canChange && (
                <td>
                  <OutletTargetForm target={t} onSave={onSave} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OutletTargetForm({
  target,
  onSave,
}: {
  target: Target;
  onSave: (target: Target, monthlyAmount: number | null) => Promise<unknown>;
}) {
  const [text, setText] = useState(target.monthlyAmount === null ? '' : String(target.monthlyAmount));
  const [refusal, setRefusal] = useState<unknown>(null);
  const [local, setLocal] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const amount = text.trim() === '' ? null : parseRupiah(text);
    if (text.trim() !== '' && amount === null) {
      setLocal('Tulis target dalam Rupiah bulat, misalnya 8.000.000.000.');
      return;
    }
    setLocal(null);
    try {
      await onSave(target, amount);
    } catch (error) {
      setRefusal(error);
    }
  };
  return (
    <form className="row-form" onSubmit={(e) => void submit(e)}>
      <input
        aria-label={`Target ${target.outletName}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        inputMode="numeric"
        placeholder={String(target.shareOfProvince)}
      />
      <button type="submit">Simpan</button>
      {local && <span className="field-error">{local}</span>}
      <FieldError error={refusal} field="monthlyAmount" />
    </form>
  );
}
