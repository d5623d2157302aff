// Lint, including the layer rules of DESIGN.md §1: shared/ is pure, renderer/ never reaches into electron/.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'https', 'net', 'url', 'stream', 'zlib', 'util'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-app/**', 'release/**', 'node_modules/**', 'test-output/**', 'scratch/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ is the bottom layer: it may import only shared/ (DESIGN.md §1).' },
          { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no Node APIs. Move this code to electron/ (DESIGN.md §1).' },
          { group: ['electron', 'react', 'react-dom', 'plotly.js*', '@duckdb/*'], message: 'shared/ may not depend on Electron, React, Plotly or DuckDB; pass data in as arguments (DESIGN.md §1).' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
        { name: 'process', message: 'shared/ has no Node process; pass configuration in.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**'], message: 'renderer/ talks to the app only through the WorkbenchApi in shared/api (DESIGN.md §1); it may import shared/ but never electron/.' },
          { group: [...nodeBuiltins, 'electron', '@duckdb/*'], message: 'renderer/ runs in a sandboxed page: no Node, Electron or DuckDB imports.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ may import shared/ but not renderer/ (DESIGN.md §1).' }],
      }],
    },
  },
);
