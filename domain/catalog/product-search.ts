/**
 * Finding a product by part of its name, producer or code, as a cashier types it: case and
 * diacritics do not matter ("sei" finds "Se'i", "kopi baj" finds "Kopi Arabika Bajawa"), every
 * typed word must match a word of the product, and the best matches come first. A typed word
 * matches exactly, as the start of a word, inside a word, as a common spelling variant ("coklat"
 * finds "Cokelat") or with one typing slip ("kopi bajwa" finds "Kopi Arabika Bajawa"), ranked in
 * that order. For speed on a big catalog a typed word is compared once with each distinct catalog
 * word (a word of letters not with words of digits), the words of the last keystrokes are
 * remembered, and only the products holding a word the most selective typed word matched are scored.
 */
import type { Product } from './product';
import { spellingKey, withinOneEdit } from './spelling';

interface Entry {
  product: Product;
  /** Normalised name, with a leading space. */
  name: string;
  /** Vocabulary ids of the name's words, in order. */
  nameWords: Int32Array;
  /** Vocabulary ids of the producer's and the category's words. */
  otherWords: Int32Array;
  /** Barcode and PLU, space separated. */
  codes: string;
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
  /** Every distinct word of the catalog: a typed word is compared with each once, not once per product. */
  readonly words: readonly string[];
  readonly keys: readonly string[];
  /** Ids of the words with a letter: a typed word of two letters or more matches no word of digits only (sizes, article numbers). */
  readonly lettered: Int32Array;
  /** For each word id, the entries (by position) whose name, producer or category holds it. */
  readonly postings: readonly Int32Array[];
  /** Every barcode and PLU is digits: a typed word without a digit can only match through words. */
  readonly digitCodes: boolean;
  /** The match kinds of the words typed last: each keystroke retypes every word before the one being typed. */
  readonly recent: Map<string, Uint8Array>;
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

const splitWords = (text: string) => normalizeSearchText(text).split(' ').filter(Boolean);

export function createSearchIndex(products: readonly Product[]): SearchIndex {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const idsOf = (list: string[]) =>
    Int32Array.from(list, (word) => {
      let id = ids.get(word);
      if (id === undefined) {
        id = words.length;
        ids.set(word, id);
        words.push(word);
      }
      return id;
    });
  const entries = products
    .filter((p) => p.active)
    .map((product) => {
      const name = splitWords(product.name);
      return {
        product,
        name: ` ${name.join(' ')}`,
        nameWords: idsOf(name),
        otherWords: idsOf([...splitWords(product.supplier), ...splitWords(product.category)]),
        codes: `${product.barcode ?? ''} ${product.plu ?? ''}`,
      };
    });
  const lettered = Int32Array.from(words.flatMap((word, id) => (hasLetter(word) ? [id] : [])));
  const postings: number[][] = words.map(() => []);
  entries.forEach((entry, at) => {
    for (const id of [...entry.nameWords, ...entry.otherWords]) if (postings[id]!.at(-1) !== at) postings[id]!.push(at);
  });
  const digitCodes = entries.every((e) => /^[0-9 ]*$/.test(e.codes));
  return {
    entries,
    words,
    keys: words.map(spellingKey),
    lettered,
    postings: postings.map((list) => Int32Array.from(list)),
    digitCodes,
    recent: new Map(),
  };
}

/** How a typed word matches a catalog word, best last; NONE is no match. */
const NONE = 0;
const TYPO = 1;
const VARIANT = 2;
const INSIDE = 3;
const PREFIX = 4;
const EXACT = 5;

/** Typing slips and spelling variants are only looked for in words this long: shorter ones would match too much. */
const MIN_TYPO_LENGTH = 5;
/** A slip in a word not typed to its end ("arabk" for "arabika"). */
const MIN_PREFIX_TYPO_LENGTH = 6;
const MIN_VARIANT_LENGTH = 3;

const hasLetter = (word: string) => /[a-z]/.test(word);
const letterCount = (word: string) => word.replace(/[^a-z]/g, '').length;
/** How many typed words' match kinds are kept (a query's words and the previous query's). */
const RECENT_WORDS = 16;

function matchKind(typed: string, typedKey: string, fuzzy: boolean, word: string, key: string): number {
  if (word === typed) return EXACT;
  if (word.startsWith(typed)) return PREFIX;
  if (word.includes(typed)) return INSIDE;
  if (!fuzzy) return NONE;
  if (key === typedKey || (typed.length >= MIN_VARIANT_LENGTH && key.startsWith(typedKey))) return VARIANT;
  if (typed.length >= MIN_TYPO_LENGTH && withinOneEdit(typed, word, typed.length < MIN_PREFIX_TYPO_LENGTH)) return TYPO;
  return NONE;
}

/** Points for a match in the product's name, by kind; the name's first word counts a little more, never a kind more. */
const NAME_POINTS = [0, 8, 12, 15, 40, 50];
const FIRST_WORD_BONUS = 3;
/** Points for a match in the producer or category, by kind. */
const OTHER_POINTS = [0, 2, 3, 5, 10, 10];
const CODE_POINTS = 1000;
const CODE_INSIDE_POINTS = 5;

/** The typed word's match kind for every catalog word. */
function matchKinds(index: SearchIndex, typed: string): Uint8Array {
  const known = index.recent.get(typed);
  if (known) return known;
  const kinds = new Uint8Array(index.words.length);
  const fuzzy = typed.length >= MIN_VARIANT_LENGTH && hasLetter(typed);
  const typedKey = spellingKey(typed);
  const { words, keys } = index;
  // Two letters or more cannot be found in, nor be one slip from, a word of digits; nor can a key with a letter equal one.
  if (letterCount(typed) >= 2 && hasLetter(typedKey)) {
    for (const id of index.lettered) kinds[id] = matchKind(typed, typedKey, fuzzy, words[id]!, keys[id]!);
  } else {
    for (let id = 0; id < kinds.length; id++) kinds[id] = matchKind(typed, typedKey, fuzzy, words[id]!, keys[id]!);
  }
  if (index.recent.size >= RECENT_WORDS) index.recent.delete(index.recent.keys().next().value!);
  index.recent.set(typed, kinds);
  return kinds;
}

/** A typed word's points for a product: 0 for no match; negative when only a spelling variant or a slip matched. */
function wordScore(entry: Entry, typed: string, kinds: Uint8Array): number {
  const { product } = entry;
  if (product.barcode === typed || product.plu === typed) return CODE_POINTS;
  let points = 0;
  let kind = NONE;
  const { nameWords, otherWords } = entry;
  for (let at = 0; at < nameWords.length; at++) {
    const k = kinds[nameWords[at]!]!;
    const p = NAME_POINTS[k]! + (at === 0 && k !== NONE ? FIRST_WORD_BONUS : 0);
    if (p > points) {
      points = p;
      kind = k;
    }
  }
  for (let at = 0; at < otherWords.length; at++) {
    const k = kinds[otherWords[at]!]!;
    if (OTHER_POINTS[k]! > points) {
      points = OTHER_POINTS[k]!;
      kind = k;
    }
  }
  if (points === 0 && entry.codes.includes(typed)) return CODE_INSIDE_POINTS;
  return kind === VARIANT || kind === TYPO ? -points : points;
}

export function searchProducts(index: SearchIndex, query: string, limit = 20): Product[] {
  const typed = splitWords(query);
  if (typed.length === 0 || limit <= 0) return [];
  const kinds = typed.map((word) => matchKinds(index, word));
  const candidates = candidatesOf(index, typed, kinds);
  // The best `limit` hits so far, best first: a one-letter query matches most of the catalog, and
  // keeping a short list is far cheaper than sorting every hit.
  const best: Hit[] = [];
  const { entries } = index;
  for (let e = 0; e < entries.length; e++) {
    if (candidates && candidates[e] === 0) continue;
    const entry = entries[e]!;
    let score = 0;
    let fuzzy = false;
    for (let w = 0; w < typed.length; w++) {
      const points = wordScore(entry, typed[w]!, kinds[w]!);
      if (points === 0) {
        score = 0;
        break;
      }
      score += Math.abs(points);
      fuzzy ||= points < 0;
    }
    if (score === 0) continue;
    const hit: Hit = { entry, score, fuzzy };
    if (best.length === limit && !better(hit, best[limit - 1]!)) continue;
    let at = best.length;
    while (at > 0 && better(hit, best[at - 1]!)) at--;
    best.splice(at, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best.map((h) => h.entry.product);
}

/**
 * The entries that can match every typed word, marked by position: those holding a word that the
 * most selective typed word matches. Null (every entry) when each typed word may be a code.
 */
function candidatesOf(index: SearchIndex, typed: readonly string[], kinds: readonly Uint8Array[]): Uint8Array | null {
  let chosen = -1;
  let fewest = Infinity;
  for (let w = 0; w < typed.length; w++) {
    if (!index.digitCodes || /[0-9]/.test(typed[w]!)) continue;
    let count = 0;
    for (let id = 0; id < kinds[w]!.length; id++) if (kinds[w]![id] !== NONE) count += index.postings[id]!.length;
    if (count < fewest) {
      fewest = count;
      chosen = w;
    }
  }
  if (chosen < 0) return null;
  const marks = new Uint8Array(index.entries.length);
  for (let id = 0; id < kinds[chosen]!.length; id++)
    if (kinds[chosen]![id] !== NONE) for (const at of index.postings[id]!) marks[at] = 1;
  return marks;
}

interface Hit {
  entry: Entry;
  score: number;
  /** Some typed word matched only as a spelling variant or with a slip. */
  fuzzy: boolean;
}

/** Every typed word matched as typed first, then the higher score, then the shorter name (closer match), then alphabetical. */
function better(a: Hit, b: Hit): boolean {
  if (a.fuzzy !== b.fuzzy) return !a.fuzzy;
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.name.length !== b.entry.name.length) return a.entry.name.length < b.entry.name.length;
  return a.entry.name < b.entry.name;
}
