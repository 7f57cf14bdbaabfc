import { useState } from 'react';
import { parseWeight } from '#domain/checkout/cart';
import type { Product } from '#domain/catalog/product';
import { formatRupiah, multiplyRatio } from '#domain/money';
import { FormActions } from './FormActions';
import { Modal } from './Modal';
import { addWeighedToCart, cancelWeighing, useCartStore } from '../stores/cart-store';
import { submitHandler } from './submit-handler';

/** Loose goods sold per kg picked by name (no scale label): the cashier types the weight read off the scale. */
export function WeightDialog() {
  const product = useCartStore((s) => s.weighing);
  if (!product) return null;
  return (
    <Modal label="Berat barang" cancel={cancelWeighing}>
      <Weighing product={product} />
    </Modal>
  );
}

function Weighing({ product }: { product: Product }) {
  const [text, setText] = useState('');
  const [unit, setUnit] = useState<'g' | 'kg'>('g');
  const [problem, setProblem] = useState<string | null>(null);
  const weight = text.trim() === '' ? null : parseWeight(text, unit);
  const submit = () => {
    if (!weight) return setProblem('Ketik beratnya dulu.');
    if (!weight.ok) return setProblem(weight.message);
    if (addWeighedToCart(weight.grams)) setText('');
  };
  return (
    <>
      <form className="shift-form" onSubmit={submitHandler(submit)}>
        <h2>{product.name}</h2>
        <p className="hint">Dijual per kg: {formatRupiah(product.price)} / kg. Timbang, lalu ketik beratnya.</p>
        <fieldset className="choices">
          <legend>Satuan</legend>
          <label>
            <input type="radio" name="weight-unit" checked={unit === 'g'} onChange={() => setUnit('g')} /> gram
          </label>
          <label>
            <input type="radio" name="weight-unit" checked={unit === 'kg'} onChange={() => setUnit('kg')} /> kg
          </label>
        </fieldset>
        <label>
          Berat ({unit})
          <input
            autoFocus
            inputMode="decimal"
            aria-label="Berat"
            value={text}
            onChange={(e) => (setText(e.target.value), setProblem(null))}
          />
        </label>
        <p className="hint" data-testid="weight-price">
          {weight?.ok
            ? `${(weight.grams / 1000).toLocaleString('id-ID')} kg = ${formatRupiah(multiplyRatio(product.price, weight.grams, 1000, 'half-up'))}`
            : ' '}
        </p>
        {problem && (
          <p className="form-problems" role="alert">
            {problem}
          </p>
        )}
        <FormActions cancel={cancelWeighing} submitLabel="Tambahkan" />
      </form>
    </>
  );
}
