// Builds the three Electron bundles: main (CommonJS, deps external), the sandboxed preload (one
// self-contained CommonJS file whose only import is `electron`) and the renderer's two pages.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve(__dirname, 'shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      // The CLI is a second entry of the main build: same store code, no Electron.
      rolldownOptions: {
        input: { index: resolve(__dirname, 'main/index.ts'), cli: resolve(__dirname, 'main/cli/index.ts') },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias, dedupe: ['yjs'] },
    plugins: [react()],
    // The search worker is an ES module (new Worker(…, { type: 'module' })) sharing chunks with the page.
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          'quick-note': resolve(__dirname, 'renderer/quick-note.html'),
        },
      },
    },
  },
});
