import { useState, type FormEvent } from 'react';
import { parseRupiah } from '#domain/money';
import type { ManagedProduct } from '#sync/protocol/backoffice-manage';
import { createProduct } from './manage-api';
import { FieldError, fieldsOf, reasonOf } from './Notice';

/**
 * A new product of the province's catalog (role provinsi). A blank barcode is issued by the
 * server: an in-store EAN-13 for goods sold by the piece, a PLU for goods sold by weight.
 */
export function ProductCreateForm({ onDone }: { onDone: (made: ManagedProduct | null) => void }) {
  const [name, setName] = useState('');
  const [barcode, setBarcode] = useState('');
  const [price, setPrice] = useState('');
  const [category, setCategory] = useState('');
  const [soldBy, setSoldBy] = useState<'unit' | 'weight'>('unit');
  const [unit, setUnit] = useState('pcs');
  const [supplier, setSupplier] = useState('');
  const [minimum, setMinimum] = useState('');
  const [perishable, setPerishable] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const minimumStock = minimum.trim() === '' ? null : Number(minimum.replace(/\./g, ''));
    try {
      onDone(
        await createProduct({
          name,
          barcode: soldBy === 'unit' && barcode.trim() !== '' ? barcode.trim() : null,
          // An unreadable amount goes as it is, so the server's refusal names the field.
          price: parseRupiah(price) ?? Number.NaN,
          category,
          soldBy,
          unit,
          supplier,
          minimumStock,
          perishable,
        }),
      );
    } catch (failure) {
      setError(failure);
    }
  };
  const field = (label: string, key: string, value: string, set: (v: string) => void, numeric = false) => (
    <label>
      {label}
      <input
        value={value}
        onChange={(e) => set(e.target.value)}
        inputMode={numeric ? 'numeric' : undefined}
        aria-invalid={fieldsOf(error).includes(key)}
      />
      <FieldError error={error} field={key} />
    </label>
  );

  return (
    <form className="card edit-form" onSubmit={(e) => void submit(e)} aria-label="Produk baru">
      <h3>Produk baru</h3>
      {field('Nama', 'name', name, setName)}
      <label>
        Cara jual
        <select value={soldBy} onChange={(e) => setSoldBy(e.target.value as 'unit' | 'weight')}>
          <option value="unit">per satuan</option>
          <option value="weight">per berat (kg, PLU timbangan)</option>
        </select>
      </label>
      {soldBy === 'unit'
        ? field('Barcode (kosongkan: provinsi mengeluarkan kode toko)', 'barcode', barcode, setBarcode, true)
        : null}
      {field(`Harga (Rp${soldBy === 'weight' ? ' per kg' : ''})`, 'price', price, setPrice, true)}
      {field('Kategori', 'category', category, setCategory)}
      {field('Satuan', 'unit', unit, setUnit)}
      {field('Pemasok (UMKM)', 'supplier', supplier, setSupplier)}
      {field(
        `Stok minimum (${soldBy === 'weight' ? 'gram' : 'satuan'}; kosong: tidak ada)`,
        'minimumStock',
        minimum,
        setMinimum,
        true,
      )}
      <label className="check">
        <input type="checkbox" checked={perishable} onChange={(e) => setPerishable(e.target.checked)} />
        Mudah kedaluwarsa
      </label>
      {error !== null && (
        <p className="field-error" role="alert">
          {reasonOf(error, 'Produk tidak tersimpan.')}
        </p>
      )}
      <div className="actions">
        <button type="submit">Buat produk</button>
        <button type="button" onClick={() => onDone(null)}>
          Batal
        </button>
      </div>
    </form>
  );
}
