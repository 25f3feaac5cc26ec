import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { dsfrUsedIcons } from './build-tools/dsfr-used-icons.ts';

const sourceDir = fileURLToPath(new URL('./src', import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), dsfrUsedIcons(sourceDir)],
  server: { proxy: { '/api': api, '/healthz': api } },
  build: { outDir: 'dist', emptyOutDir: true },
});
