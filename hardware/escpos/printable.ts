/**
 * Receipt text as a cheap thermal printer prints it: plain ASCII. Accents lose their marks
 * ("Café" → "Cafe"), typographic punctuation becomes ASCII, the no-break space Intl puts after "Rp"
 * becomes a space, control and format characters are dropped (an ESC or GS in a product name or an
 * address must never reach the printer as a command: a drawer kick, a cut), and anything else
 * becomes "?", so no code page switch is ever needed.
 */
const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00d7': 'x',
};

export function printable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00d7]/g, (c) => REPLACEMENTS[c] ?? '?')
    .replace(/\s/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[^\x20-\x7e]/g, '?');
}

/** Word-wraps text to lines of at most `width` characters; words longer than a line are split. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of printable(text)
    .split(' ')
    .filter((w) => w !== '')) {
    let rest = word;
    while (rest.length > width) {
      if (current !== '') lines.push(current);
      current = '';
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (current === '') current = rest;
    else if (current.length + 1 + rest.length <= width) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
