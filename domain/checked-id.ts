/** Ids are 1 to 64 characters, as the sync protocol's idSchema takes them; the branded ids check it. */
const MAX_ID_LENGTH = 64;

export function checkedId(text: string, what: string): string {
  if (text.length === 0 || text.length > MAX_ID_LENGTH) throw new RangeError(`Not ${what}: ${JSON.stringify(text)}`);
  return text;
}

declare const idKind: unique symbol;
/** A string id of one kind (ShiftId, OutletId…): made only by its kind's maker, so ids of different kinds never mix. */
export type KindOfId<Kind extends string> = string & { readonly [idKind]: Kind };

/** The maker of one kind of id: checks the text (checkedId) and brands it. */
export function idMaker<Kind extends string>(what: string): (text: string) => KindOfId<Kind> {
  return (text) => checkedId(text, what) as KindOfId<Kind>;
}
