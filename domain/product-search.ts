/**
 * Finding a product by part of its name, producer or code, as a cashier types it: case and
 * diacritics do not matter ("sei" finds "Se'i", "kopi baj" finds "Kopi Arabika Bajawa"), every
 * typed word must appear, and the best matches come first.
 */
import type { Product } from './product';

interface Entry {
  product: Product;
  /** Normalised name. */
  name: string;
  /** Normalised name, producer, category and codes, space separated. */
  text: string;
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
}

/** Lower case, no diacritics, apostrophes dropped ("Se'i" → "sei"), anything else a space. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function createSearchIndex(products: readonly Product[]): SearchIndex {
  return {
    entries: products
      .filter((p) => p.active)
      .map((product) => {
        const name = normalizeSearchText(product.name);
        const text = ` ${name} ${normalizeSearchText(product.supplier)} ${normalizeSearchText(product.category)} ${product.barcode ?? ''} ${product.plu ?? ''} `;
        return { product, name: ` ${name}`, text };
      }),
  };
}

/** Points for one typed word: a code match beats a word start, which beats a substring. */
function wordScore(entry: Entry, word: string): number {
  const { product } = entry;
  if (product.barcode === word || product.plu === word) return 1000;
  if (entry.name.startsWith(` ${word}`)) return 40;
  if (entry.name.includes(` ${word}`)) return 30;
  if (entry.name.includes(word)) return 15;
  if (entry.text.includes(` ${word}`)) return 10;
  if (entry.text.includes(word)) return 5;
  return 0;
}

export function searchProducts(index: SearchIndex, query: string, limit = 20): Product[] {
  const words = normalizeSearchText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const hits: { entry: Entry; score: number }[] = [];
  for (const entry of index.entries) {
    let score = 0;
    for (const word of words) {
      const s = wordScore(entry, word);
      if (s === 0) {
        score = 0;
        break;
      }
      score += s;
    }
    if (score > 0) hits.push({ entry, score });
  }
  hits.sort((a, b) => b.score - a.score || a.entry.name.length - b.entry.name.length || a.entry.name.localeCompare(b.entry.name));
  return hits.slice(0, limit).map((h) => h.entry.product);
}
