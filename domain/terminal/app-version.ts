/**
 * App versions as terminals report them (X-App-Version, e.g. `0.4.2`, `0.5.0-rc.1`): which is newer,
 * so the province sees the tills still on an older release.
 */

/** Negative when `a` is older than `b`: numeric dot parts, then a pre-release before its release. */
export function compareAppVersions(a: string, b: string): number {
  const [coreA = '', preA] = splitPre(a);
  const [coreB = '', preB] = splitPre(b);
  const partsA = coreA.split('.');
  const partsB = coreB.split('.');
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const diff = comparePart(partsA[i] ?? '0', partsB[i] ?? '0');
    if (diff !== 0) return diff;
  }
  if (preA === undefined || preB === undefined) return (preA === undefined ? 1 : 0) - (preB === undefined ? 1 : 0);
  return (
    preA.split('.').reduce((diff, part, i) => diff || comparePart(part, preB.split('.')[i] ?? ''), 0) ||
    preA.split('.').length - preB.split('.').length
  );
}

/** The newest of the versions, null for none. */
export function newestAppVersion(versions: Iterable<string>): string | null {
  let newest: string | null = null;
  for (const v of versions) if (newest === null || compareAppVersions(v, newest) > 0) newest = v;
  return newest;
}

function splitPre(version: string): [string, string | undefined] {
  const withoutBuild = version.split('+')[0] ?? '';
  const dash = withoutBuild.indexOf('-');
  return dash < 0 ? [withoutBuild, undefined] : [withoutBuild.slice(0, dash), withoutBuild.slice(dash + 1)];
}

function comparePart(a: string, b: string): number {
  const numA = /^\d+$/.test(a);
  const numB = /^\d+$/.test(b);
  if (numA && numB) return Number(a) - Number(b);
  if (numA !== numB) return numA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
