/** Makes a switch over a union exhaustive: the call only type-checks when every case is handled. */
export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
