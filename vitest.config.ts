import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from '#tests/support/chromium';

// Two projects: plain Node for domain, server and hardware code; real chromium for code that needs
// a browser (IndexedDB through Dexie, DOM). Browser tests are named *.browser.test.ts(x).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['**/*.test.ts', '**/*.test.tsx'],
          exclude: ['**/*.browser.test.*', 'node_modules/**', 'dist/**'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // tests/e2e drive the built renderer through the web host (tests/support/terminal.ts).
          globalSetup: ['tests/support/build-renderer.global.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['**/*.browser.test.ts', '**/*.browser.test.tsx'],
          exclude: ['node_modules/**', 'dist/**'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
