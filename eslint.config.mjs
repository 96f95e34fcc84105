import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.{js,jsx,mjs,ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description', minimumDescriptionLength: 10 }],
      // Every navigation is a document load, so each page is the server's HTML for the visitor's
      // consent, and a policy text is never rendered or fetched by script (docs/architecture.md).
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use a plain <a>: the site makes no client-side navigations (docs/architecture.md).' }] }],
      // Imports run one way, app/ → components/ → lib/, and never in a circle (docs/architecture.md).
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib', from: ['./app', './components', './proxy.ts'], message: 'lib/ is plain TypeScript below components/ and app/.' },
            { target: './components', from: ['./app', './proxy.ts'], message: 'components/ sits below app/.' },
          ],
        },
      ],
    },
  },
  {
    // The site's own modules; scripts and tests sit outside the layers and import what they check.
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts'],
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  globalIgnores(['.next/**', '.next-standalone/**', '.vercel/**', 'benchmarks/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'reports/**']),
]);
