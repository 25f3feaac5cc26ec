import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { communes } from './build-tools/communes.ts';
import { dsfrUsedIcons } from './build-tools/dsfr-used-icons.ts';
import { serviceWorker } from './build-tools/service-worker.ts';

const sourceDir = fileURLToPath(new URL('./src', import.meta.url));
const publicDir = fileURLToPath(new URL('./public', import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), dsfrUsedIcons(sourceDir), communes(), serviceWorker(publicDir)],
  server: { proxy: { '/api': api, '/healthz': api } },
  build: { outDir: 'dist', emptyOutDir: true },
});
