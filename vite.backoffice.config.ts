/**
 * Vite config for the back office (backoffice/ → dist/backoffice), which the provincial server
 * serves at /kantor/ and builds itself when the build is missing or older than its sources
 * (sync/server/backoffice/build.ts).
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./backoffice', import.meta.url)),
  base: '/kantor/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist/backoffice', import.meta.url)),
    emptyOutDir: true,
  },
});
