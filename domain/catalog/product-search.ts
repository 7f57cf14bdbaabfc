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

/** Points for a typed word found in the entry: a code match beats a word start, which beats a substring. */
function wordScore(entry: Entry, word: string): number {
  const { product } = entry;
  if (product.barcode === word || product.plu === word) return 1000;
  if (entry.name.startsWith(` ${word}`)) return 40;
  if (entry.name.includes(` ${word}`)) return 30;
  if (entry.name.includes(word)) return 15;
  if (entry.text.includes(` ${word}`)) return 10;
  return 5;
}

export function searchProducts(index: SearchIndex, query: string, limit = 20): Product[] {
  const words = normalizeSearchText(query).split(' ').filter(Boolean);
  if (words.length === 0 || limit <= 0) return [];
  // The best `limit` hits so far, best first: a one-letter query matches most of the catalog, and
  // keeping a short list is far cheaper than sorting every hit.
  const best: Hit[] = [];
  for (const entry of index.entries) {
    let score = 0;
    for (const word of words) {
      // One cheap test rules out most of the catalog; only matches are scored.
      if (!entry.text.includes(word)) {
        score = 0;
        break;
      }
      score += wordScore(entry, word);
    }
    if (score === 0 || (best.length === limit && !better({ entry, score }, best[limit - 1]!))) continue;
    let at = best.length;
    while (at > 0 && better({ entry, score }, best[at - 1]!)) at--;
    best.splice(at, 0, { entry, score });
    if (best.length > limit) best.pop();
  }
  return best.map((h) => h.entry.product);
}

interface Hit {
  entry: Entry;
  score: number;
}

/** Higher score first, then the shorter name (closer match), then alphabetical. */
function better(a: Hit, b: Hit): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.name.length !== b.entry.name.length) return a.entry.name.length < b.entry.name.length;
  return a.entry.name < b.entry.name;
}
