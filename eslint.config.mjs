// Lint rules, including the process boundaries (STYLE habit 3): shared/ imports neither Node, DOM-only
// code nor Electron; the renderer never imports electron or node:*; main never imports the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Bare names are matched exactly (`paths`): as gitignore-style `patterns` they would also forbid a module of
// ours that shares a name, such as shared/schema/events.ts.
const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'net',
  'http',
  'https',
  'url',
  'util',
  'stream',
  'buffer',
  // Anchored: a bare 'events' would also match the renderer's own views/events folder.
  '/events',
  'worker_threads',
  'zlib',
];
const noNode = 'shared/ runs in main, renderer and the CLI: no Node imports.';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'dist-web/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.e2e-data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: noNode })),
          patterns: [
            { group: ['node:*', 'fs/*'], message: noNode },
            { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
            { group: ['react', 'react-dom', 'react/*'], message: 'shared/ holds no UI.' },
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ depends on nothing above it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'Buffer', 'process'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer is a sandboxed web page: no Node imports.' },
            { group: ['electron', 'electron/*'], message: 'The renderer reaches main only through window.rapport.' },
            { group: ['**/main/**'], message: 'The renderer must not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**'], message: 'main must not import renderer code.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        setImmediate: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
