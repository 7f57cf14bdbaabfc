import { describe, expect, it } from 'vitest';
import { JsonShapeCheck } from './json-shape';

const limits = { depth: 3, items: 3, values: 20 };
const check = (...chunks: string[]) => {
  const shape = new JsonShapeCheck(limits);
  for (const chunk of chunks) {
    const problem = shape.feed(Buffer.from(chunk));
    if (problem) return problem.kind;
  }
  return null;
};

describe('JsonShapeCheck', () => {
  it('counts depth, items per container and values, and nothing inside strings', () => {
    expect(check('{"a":[[1,2,3]]}')).toBeNull();
    expect(check('{"a":[[[1]]]}')).toBe('too-deep');
    expect(check('[1,2,3,4]')).toBe('too-many-items');
    expect(check('[[1,2],[3,4],[5,6]]', '[[1,2],[3,4],[5,6]]', '[[1,2]]')).toBe('too-many-values');
    expect(check('["[[[[,,,,]]]]", "{{{{"]')).toBeNull();
  });

  it('follows strings and escapes across chunk boundaries', () => {
    expect(check('["a\\', '"[[[[", 1]')).toBeNull();
    expect(check('["a\\\\', '"', ',[[[[1]]]]]')).toBe('too-deep');
  });
});
