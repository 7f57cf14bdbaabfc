import { useState, type FormEvent } from 'react';
import { formatNpwp } from '#domain/tax/ppn';
import type { ManagedSettings } from '#sync/protocol/backoffice-manage';
import type { OutletTax } from '#sync/protocol/tax';

type OutletPpn = ManagedSettings['ppn'][number];

/** Pengaturan, PPN per outlet: PKP or not, and the legal name, address and NPWP its receipts print. */
export function OutletTaxCard({
  outlets,
  canChange,
  onSave,
}: {
  outlets: ManagedSettings['ppn'];
  canChange: boolean;
  onSave: (outlet: OutletPpn, tax: OutletTax) => Promise<void>;
}) {
  return (
    <div className="card wide table-wrap">
      <h3>PPN per outlet</h3>
      <table data-testid="outlet-ppn">
        <thead>
          <tr>
            <th>Outlet</th>
            <th>Status</th>
            {canChange && <th>Ubah</th>}
          </tr>
        </thead>
        <tbody>
          {outlets.map((o) => (
            <tr key={o.outletId}>
              <td>{o.outletName}</td>
              <td>
                {o.tax.pkp
                  ? `PKP · ${o.tax.seller.name} · NPWP ${formatNpwp(o.tax.seller.npwp)}`
                  : 'bukan PKP (struk tanpa PPN)'}
              </td>
              {canChange && (
                <td>
                  <OutletTaxForm outlet={o} onSave={(tax) => onSave(o, tax)} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OutletTaxForm({ outlet, onSave }: { outlet: OutletPpn; onSave: (tax: OutletTax) => Promise<void> }) {
  const seller = outlet.tax.pkp ? outlet.tax.seller : { npwp: '', name: '', address: '' };
  const [pkp, setPkp] = useState(outlet.tax.pkp);
  const [npwp, setNpwp] = useState(seller.npwp);
  const [name, setName] = useState(seller.name);
  const [address, setAddress] = useState(seller.address);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSave(pkp ? { pkp: true, seller: { npwp, name, address } } : { pkp: false });
  };
  return (
    <form className="row-form" onSubmit={submit} aria-label={`PPN ${outlet.outletName}`}>
      <label className="check">
        <input type="checkbox" checked={pkp} onChange={(e) => setPkp(e.target.checked)} />
        PKP
      </label>
      {pkp && (
        <>
          <input aria-label="NPWP" value={npwp} onChange={(e) => setNpwp(e.target.value)} placeholder="NPWP" />
          <input
            aria-label="Nama badan usaha"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Nama badan usaha"
          />
          <input
            aria-label="Alamat"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            placeholder="Alamat"
          />
        </>
      )}
      <button type="submit">Simpan</button>
    </form>
  );
}
