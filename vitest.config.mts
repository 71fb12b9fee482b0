// Unit and integration tests run under plain Node: shared/ logic and main-process services.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { dedupe: ['yjs'], alias: { '@shared': import.meta.dirname + '/shared' } },
  test: {
    include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    setupFiles: ['vitest.fuzz-seed.ts'],
  },
});
