/**
 * The Node.js the project states (package.json engines, .nvmrc) is one every installed package
 * accepts, so `npm install` on it prints no EBADENGINE warning (electron 45 and electron-builder's
 * tools ask for 22.12 or later).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths';

type Version = [number, number, number];

const parse = (text: string): Version => {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^[v=\s]+/, '')
    .split('.')
    .map(Number);
  return [major, minor, patch];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The range forms package-lock.json holds: >=X.Y.Z, ^X.Y.Z, X (a major), joined by ||. */
function accepts(range: string, version: Version): boolean {
  return range.split('||').some((alternative) => {
    const part = alternative.trim();
    if (part === '*') return true;
    if (part.startsWith('>=')) return compare(version, parse(part.slice(2))) >= 0;
    if (part.startsWith('^')) {
      const low = parse(part.slice(1));
      return version[0] === low[0] && compare(version, low) >= 0;
    }
    return /^\d+$/.test(part) && version[0] === Number(part);
  });
}

describe('the Node.js requirement', () => {
  it('is stated once and accepted by every package in the lock file', () => {
    const stated = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).engines.node as string;
    expect(stated).toMatch(/^>=\d+\.\d+$/);
    const minimum = parse(stated.slice(2));
    expect(parse(readFileSync(join(PROJECT_ROOT, '.nvmrc'), 'utf8').trim())[0]).toBe(minimum[0]);
    const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string }; os?: string[]; cpu?: string[] }>;
    };
    // As npm does, packages for another platform (sharp's Windows ia32 build, say) are not installed here, nor checked.
    const installsHere = (pkg: { os?: string[]; cpu?: string[] }) =>
      (pkg.os?.includes(process.platform) ?? true) && (pkg.cpu?.includes(process.arch) ?? true);
    expect(lock.packages['']!.engines?.node).toBe(stated);
    const refusing = Object.entries(lock.packages)
      .filter(([, pkg]) => installsHere(pkg) && pkg.engines?.node !== undefined && !accepts(pkg.engines.node, minimum))
      .map(([path, pkg]) => `${path} ${pkg.engines!.node}`);
    expect(refusing).toEqual([]);
  });
});
