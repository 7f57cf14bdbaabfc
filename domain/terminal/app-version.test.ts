import { describe, expect, it } from 'vitest';
import { compareAppVersions, newestAppVersion } from './app-version';

describe('app versions', () => {
  it('orders numeric parts as numbers, a pre-release before its release', () => {
    const sorted = ['0.10.0', '0.2.0', '0.9.1', '0.10.0-rc.2', '0.10.0-rc.10', '1.0', '0.9.1+build.7'].sort(
      compareAppVersions,
    );
    expect(sorted).toEqual(['0.2.0', '0.9.1', '0.9.1+build.7', '0.10.0-rc.2', '0.10.0-rc.10', '0.10.0', '1.0']);
  });

  it('names the newest, null for none', () => {
    expect(newestAppVersion(['0.3.1', '0.12.0', '0.4.0'])).toBe('0.12.0');
    expect(newestAppVersion([])).toBeNull();
  });
});
