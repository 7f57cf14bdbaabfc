import { useEffect, useState, type FormEvent } from 'react';
import { parseRupiah } from '#domain/money';
import type { BackofficeSession } from '#sync/protocol/backoffice';
import type { ManagedProduct } from '#sync/protocol/backoffice-manage';
import { CatalogImport } from './CatalogImport';
import { formatCount, rp } from './format';
import { OutletPricesForm } from './OutletPricesForm';
import { ProductCreateForm } from './ProductCreateForm';
import { saveProduct, searchProducts } from './manage-api';
import { fieldsOf, Notice, reasonOf, type Said } from './Notice';

/** Katalog: find products, and (role provinsi) change one; terminals get the change on their next pull. */
export function CatalogPanel({ user }: { user: BackofficeSession['user'] }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ products: ManagedProduct[]; more: boolean } | null>(null);
  const [editing, setEditing] = useState<ManagedProduct | null>(null);
  const [pricing, setPricing] = useState<ManagedProduct | null>(null);
  const [adding, setAdding] = useState<'product' | 'import' | null>(null);
  const province = user.role === 'provinsi';
  const [said, setSaid] = useState<Said>(null);

  const search = (q: string) =>
    searchProducts(q).then(setFound, (e: unknown) =>
      setSaid({ kind: 'problem', text: reasonOf(e, 'Katalog tidak bisa dimuat.') }),
    );
  useEffect(() => void search(''), []);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    void search(query.trim());
  };

  return (
    <div className="panel">
      <form className="row-form" onSubmit={onSearch} role="search">
        <label>
          Cari produk (nama, barcode, PLU, kategori)
          <input value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button type="submit">Cari</button>
        {province && (
          <>
            <button type="button" onClick={() => setAdding('product')}>
              Produk baru
            </button>
            <button type="button" onClick={() => setAdding('import')}>
              Impor katalog
            </button>
          </>
        )}
      </form>
      <Notice said={said} />
      {adding === 'product' && (
        <ProductCreateForm
          onDone={(made) => {
            setAdding(null);
            if (made) {
              setSaid({
                kind: 'ok',
                text: `${made.name} dibuat dengan ${made.barcode ? `barcode ${made.barcode}` : `PLU ${made.plu}`}; terminal menerimanya pada sinkronisasi berikutnya.`,
              });
              setFound((f) => ({ products: [made, ...(f?.products ?? [])], more: f?.more ?? false }));
            }
          }}
        />
      )}
      {adding === 'import' && <CatalogImport onImported={() => void search(query.trim())} />}
      {pricing && <OutletPricesForm product={pricing} onClose={() => setPricing(null)} />}
      {editing && (
        <ProductForm
          product={editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              setSaid({
                kind: 'ok',
                text: `${saved.name} tersimpan; terminal menerimanya pada sinkronisasi berikutnya.`,
              });
              setFound((f) => f && { ...f, products: f.products.map((p) => (p.id === saved.id ? saved : p)) });
            }
          }}
        />
      )}
      {found && (
        <div className="card wide table-wrap">
          <table data-testid="products">
            <thead>
              <tr>
                <th>Nama</th>
                <th>Barcode / PLU</th>
                <th>Kategori</th>
                <th className="num">Harga</th>
                <th className="num">Stok minimum</th>
                <th>Kedaluwarsa</th>
                <th>PPN</th>
                <th>Status</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {found.products.map((p) => (
                <tr key={p.id} data-product={p.id}>
                  <td>{p.name}</td>
                  <td>{p.barcode ?? p.plu ?? '–'}</td>
                  <td>{p.category}</td>
                  <td className="num" data-testid="product-price">
                    {rp(p.price)}
                    {p.soldBy === 'weight' ? ' /kg' : ''}
                  </td>
                  <td className="num">
                    {p.minimumStock === null
                      ? '–'
                      : `${formatCount(p.minimumStock)}${p.soldBy === 'weight' ? ' g' : ''}`}
                  </td>
                  <td>{p.perishable ? 'ya' : 'tidak'}</td>
                  <td>{p.taxStatus === 'dibebaskan' ? 'bebas' : 'kena'}</td>
                  <td>{p.active ? 'aktif' : 'nonaktif'}</td>
                  <td className="actions">
                    {province && (
                      <button type="button" onClick={() => setEditing(p)}>
                        Ubah
                      </button>
                    )}
                    <button type="button" onClick={() => setPricing(p)}>
                      Harga outlet
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {found.products.length === 0 && <p className="note">Tidak ada produk yang cocok.</p>}
          {found.more && <p className="note">Hanya 100 produk pertama yang ditampilkan; persempit pencarian.</p>}
        </div>
      )}
    </div>
  );
}

function ProductForm({ product, onDone }: { product: ManagedProduct; onDone: (saved: ManagedProduct | null) => void }) {
  const [name, setName] = useState(product.name);
  const [price, setPrice] = useState(String(product.price));
  const [category, setCategory] = useState(product.category);
  const [minimum, setMinimum] = useState(product.minimumStock === null ? '' : String(product.minimumStock));
  const [perishable, setPerishable] = useState(product.perishable);
  const [active, setActive] = useState(product.active);
  const [exempt, setExempt] = useState(product.taxStatus === 'dibebaskan');
  const [problem, setProblem] = useState<{ text: string; fields: string[] } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = parseRupiah(price);
    if (amount === null) {
      setProblem({ text: 'Harga harus angka Rupiah bulat, misalnya 25.000.', fields: ['price'] });
      return;
    }
    const minimumStock = minimum.trim() === '' ? null : Number(minimum.replace(/\./g, ''));
    if (minimumStock !== null && !Number.isFinite(minimumStock)) {
      setProblem({ text: 'Stok minimum harus angka, atau kosong bila tidak ada.', fields: ['minimumStock'] });
      return;
    }
    try {
      const taxStatus = exempt ? 'dibebaskan' : 'kena-ppn';
      onDone(
        await saveProduct(product.id, { name, price: amount, category, minimumStock, perishable, active, taxStatus }),
      );
    } catch (error) {
      setProblem({ text: reasonOf(error, 'Produk tidak tersimpan.'), fields: fieldsOf(error) });
    }
  };
  const invalid = (field: string) => problem?.fields.includes(field) ?? false;

  return (
    <form className="card edit-form" onSubmit={(e) => void submit(e)} aria-label={`Ubah ${product.name}`}>
      <h3>Ubah produk</h3>
      <label>
        Nama
        <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={invalid('name')} />
      </label>
      <label>
        Harga (Rp{product.soldBy === 'weight' ? ' per kg' : ''})
        <input
          value={price}
          onChange={(e) => setPrice(e.target.value)}
          inputMode="numeric"
          aria-invalid={invalid('price')}
        />
      </label>
      <label>
        Kategori
        <input value={category} onChange={(e) => setCategory(e.target.value)} aria-invalid={invalid('category')} />
      </label>
      <label>
        Stok minimum ({product.soldBy === 'weight' ? 'gram' : 'satuan'}; kosong: tidak ada)
        <input
          value={minimum}
          onChange={(e) => setMinimum(e.target.value)}
          inputMode="numeric"
          aria-invalid={invalid('minimumStock')}
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={perishable} onChange={(e) => setPerishable(e.target.checked)} />
        Mudah kedaluwarsa (diterima dengan tanggal kedaluwarsa)
      </label>
      <label className="check">
        <input type="checkbox" checked={exempt} onChange={(e) => setExempt(e.target.checked)} />
        Bebas PPN (kebutuhan pokok: beras, jagung, sagu, kedelai, garam, daging, telur, susu, buah, sayur segar)
      </label>
      <label className="check">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        Aktif (dijual di terminal)
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem.text}
        </p>
      )}
      <div className="actions">
        <button type="submit">Simpan</button>
        <button type="button" onClick={() => onDone(null)}>
          Batal
        </button>
      </div>
    </form>
  );
}
