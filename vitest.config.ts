import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Two layers, both in `npm test`: `unit` is pure and fast (no process, database or network);
// `integration` runs the consent log on SQLite (and PostgreSQL with TEST_DATABASE_URL), the CLIs,
// the policy release on a copy of the content, and the property tests over generated values.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    projects: [
      // Worker threads start faster than child processes; no unit test changes directory or needs its own process.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], pool: 'threads' } },
      // Processes, files and databases take longer on a busy machine than a pure function does.
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 30_000 } },
    ],
  },
});
