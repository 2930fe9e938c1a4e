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
    // One front door: outside the engine, nothing reaches past its index.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'client/webview/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    ignores: ['server/src/engine/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '(^|/)engine/(?!presets$).+', allowTypeImports: true, message: 'Import the engine from its index (server/src/engine; the client: server/src/engine/presets), not its internals.' },
          { regex: '(^|/)lsp/edits/(?!workspaceEdit$)', message: 'Document edits live in the engine (server/src/engine/authoring); import them from its index.' },
        ],
      }],
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
