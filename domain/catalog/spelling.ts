/**
 * How two spellings of a word can still be the same word: common Indonesian spelling variants
 * (old and new spelling, loan words, a dropped "e") and a single typing slip. Works on words already
 * normalised by normalizeSearchText (lower case a–z and digits).
 */

/** Rewrites applied in order: old spelling (oe, dj, tj, sj, nj, ch), loan words (ph, v, q, x), c/k. */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/oe/g, 'u'],
  [/dj/g, 'j'],
  [/tj/g, 'c'],
  [/sj/g, 'sy'],
  [/nj/g, 'ny'],
  [/ch/g, 'kh'],
  [/kh/g, 'k'],
  [/sy/g, 's'],
  [/ph/g, 'f'],
  [/v/g, 'f'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/c/g, 'k'],
  // The unstressed "e" after a consonant that is often dropped: keripik/kripik, cokelat/coklat.
  [/([^aeiou])e(?=[^aeiou][aiou])/g, '$1'],
  // Doubled letters: "kopii", "Allor".
  [/([a-z])\1+/g, '$1'],
];

/**
 * One spelling for every common variant of a word: "cokelat", "coklat" and "tjoklat" all give
 * "koklat"; the possessive "-nya" goes ("kopinya" → "kopi").
 */
export function spellingKey(word: string): string {
  let key = word.length > 5 && word.endsWith('nya') ? word.slice(0, -3) : word;
  for (const [pattern, replacement] of REWRITES) key = key.replace(pattern, replacement);
  return key;
}

/**
 * typed[ti…] is a prefix of word[wi…] (its whole rest when `wholeWord`): what must be left equal
 * after one edit at the first difference.
 */
function restFits(typed: string, ti: number, word: string, wi: number, wholeWord: boolean): boolean {
  const left = typed.length - ti;
  if (left > word.length - wi || (wholeWord && left !== word.length - wi)) return false;
  for (; ti < typed.length; ti++, wi++) if (typed.charCodeAt(ti) !== word.charCodeAt(wi)) return false;
  return true;
}

/**
 * Whether `typed` is at most one edit (a wrong, missing, extra, or two swapped letters: optimal string
 * alignment distance ≤ 1) away from `word` itself (`wholeWord`) or from the start of `word`.
 */
export function withinOneEdit(typed: string, word: string, wholeWord: boolean): boolean {
  if (wholeWord && Math.abs(typed.length - word.length) > 1) return false;
  let i = 0;
  while (i < typed.length && i < word.length && typed.charCodeAt(i) === word.charCodeAt(i)) i++;
  if (i === typed.length) return !wholeWord || word.length - i <= 1;
  return (
    restFits(typed, i + 1, word, i + 1, wholeWord) || // a wrong letter
    restFits(typed, i + 1, word, i, wholeWord) || // an extra letter
    restFits(typed, i, word, i + 1, wholeWord) || // a missing letter
    (typed[i] === word[i + 1] && typed[i + 1] === word[i] && restFits(typed, i + 2, word, i + 2, wholeWord)) // two letters swapped
  );
}
