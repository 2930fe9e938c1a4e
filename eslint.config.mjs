import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is a plain library: the CLI, the server and the tests call it.
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'vscode-*', '**/lsp/**', '**/cli/**'], message: 'The engine has no LSP, VS Code or CLI imports.' },
          { group: ['fs', 'node:*', 'path', 'child_process'], message: 'The engine reads no files: callers pass text and config in.' },
        ],
      }],
    },
  },
);
