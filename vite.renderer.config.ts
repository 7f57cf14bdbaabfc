/** Vite config for the renderer (renderer/ → dist/renderer), used by `npm run build` and the web host. */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset paths: the same build loads from app://terminal/ in Electron and http://127.0.0.1 in a browser.
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
});
