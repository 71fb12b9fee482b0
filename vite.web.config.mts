// The browser build: the renderer alone, no main process. Data lives in this browser's IndexedDB.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') }, dedupe: ['yjs'] },
  plugins: [react()],
  worker: { format: 'es' },
  server: { port: 5174, host: '127.0.0.1' },
  preview: { port: 5174, host: '127.0.0.1' },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
  },
});
