// ESLint: Next.js's own rules (core web vitals, React, hooks, a11y) and typescript-eslint's
// recommended rules. Formatting is Prettier's job (eslint-config-prettier turns off the rules that
// would fight it). Run by `npm test` through `npm run lint`.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      // The public pages are plain HTML on purpose (ADR 0009: cached, almost no client JavaScript):
      // a link is an <a>, and a full page load of a cached page is what a cheap phone should get.
      '@next/next/no-html-link-for-pages': 'off',
      // `_name` marks a value that is deliberately unused (a destructured field left out).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Playwright fixtures hand their value to the test with `use(…)`: no React hook, whatever the name says.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  globalIgnores([
    '**/.next/**',
    '**/.next-*/**',
    '.data/**',
    'lib/generated/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'bench/**',
    'next-env.d.ts',
  ]),
]);
