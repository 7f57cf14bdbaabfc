/**
 * The name a terminal keeps of an ASN: the first name and the initial of each other name
 * ("Fransiskus Jehadu" → "Fransiskus J."), enough for the cashier to confirm the person holding
 * the card, not enough to read the province's roster off a copied terminal. Degrees after a comma
 * ("…, S.Pd.") and leading titles ("Drs.", "dr.") are left out.
 */
export function shortAsnName(fullName: string): string {
  const words = (fullName.split(',')[0] ?? '').trim().split(/\s+/).filter(Boolean);
  const firstName = words.findIndex((w, i) => !w.endsWith('.') || i === words.length - 1);
  if (firstName < 0) return fullName.trim();
  const initials = words.slice(firstName + 1).map((w) => `${w[0]!.toUpperCase()}.`);
  return [words[firstName]!, ...initials].join(' ');
}
