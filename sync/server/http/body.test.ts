import { describe, expect, it } from 'vitest';
import { findUnstorableText } from './body';

describe('findUnstorableText', () => {
  it('finds NUL characters and unpaired surrogates anywhere, keys included', () => {
    expect(findUnstorableText({ a: [1, { b: 'ok 👍' }] })).toBeNull();
    expect(findUnstorableText({ a: [1, { b: 'x\u0000' }] })).toMatch(/NUL/);
    expect(findUnstorableText({ ['k\u0000']: 1 })).toMatch(/NUL/);
    expect(findUnstorableText(['\ud800'])).toMatch(/surrogates/);
    expect(findUnstorableText(['\udc00x'])).toMatch(/surrogates/);
  });

  it('walks very deep values without overflowing the stack', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).toMatch(/NUL/);
  });
});
