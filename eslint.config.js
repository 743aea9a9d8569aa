// Lint rules, including the architecture: core never imports adapters,
// Node built-ins or the web app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'web/dist/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: './src/adapters',
              message: 'core is pure: move the I/O into an adapter and pass values in.',
            },
            { target: './src/core', from: './web', message: 'core must not import the web app.' },
            {
              target: './src/core',
              from: './src/service',
              message: 'core is below the service layer: move the use case into src/service.',
            },
            {
              target: './src/service',
              from: ['./src/adapters', './web'],
              message: 'the service layer is pure: adapters call it, never the other way round.',
            },
            {
              target: './src/core/model',
              from: [
                './src/core/ingest',
                './src/core/match',
                './src/core/graph',
                './src/core/plan',
                './src/core/store',
              ],
              message: 'model is the leaf module: it imports no other core module.',
            },
            {
              target: './src/core/graph',
              from: ['./src/core/plan', './src/core/match', './src/core/ingest'],
              message: 'graph depends only on model.',
            },
            {
              // netbuild (networks from data) sits on model, ingest, match (text folding) and graph.
              target: './src/core/netbuild',
              from: ['./src/core/plan', './src/core/store'],
              message: 'netbuild imports only model, ingest, match and graph.',
            },
            {
              target: ['./src/core/model', './src/core/ingest', './src/core/match', './src/core/graph'],
              from: './src/core/netbuild',
              message: 'netbuild builds on these modules; they must not import it.',
            },
          ],
        },
      ],
    },
  },
  {
    // No import cycles in core and the service layer (a cycle hides which module is below which).
    files: ['src/core/**/*.ts', 'src/service/**/*.ts', 'src/contract/**/*.ts'],
    ignores: ['**/*.test.ts'],
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['src/core/**/*.ts', 'src/service/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/service/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'],
              message: 'core and service are pure: no Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'console', 'window', 'document'],
    },
  },
);
