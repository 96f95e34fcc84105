import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Worker threads start faster than the default child processes: 60 s instead of 74 s for the
    // whole suite here, the same 838 tests passing (no test changes directory or needs its own process).
    pool: 'threads',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
