import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description', minimumDescriptionLength: 10 }],
      // Every navigation is a document load, so each page is the server's HTML for the visitor's
      // consent, and a policy text is never rendered or fetched by script (docs/architecture.md).
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use a plain <a>: the site makes no client-side navigations (docs/architecture.md).' }] }],
    },
  },
  globalIgnores(['.next/**', '.next-standalone/**', 'benchmarks/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'reports/**']),
]);
