/** Ids are 1 to 64 characters, as the sync protocol's idSchema takes them; the branded ids check it. */
const MAX_ID_LENGTH = 64;

export function checkedId(text: string, what: string): string {
  if (text.length === 0 || text.length > MAX_ID_LENGTH) throw new RangeError(`Not ${what}: ${JSON.stringify(text)}`);
  return text;
}
