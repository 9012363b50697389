// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_AND_ELECTRON = [
  { name: 'electron', message: 'Only electron/ may use Electron.' },
  ...['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'module'].map((name) => ({
    name,
    message: 'Node built-ins belong in electron/main.',
  })),
];
const NODE_PREFIX = { group: ['node:*'], message: 'Node built-ins belong in electron/main.' };
const UI_AND_STORAGE = ['react', 'react-dom', 'react-*', '@mantine/*', 'dexie', 'dexie-*', 'i18next', 'react-i18next', 'zustand'];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'release', 'dist', 'test-results', 'playwright-report', 'test/bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // shared/ runs anywhere: no DOM frameworks, storage, Node or Electron, and no other layer.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_AND_ELECTRON,
          patterns: [
            NODE_PREFIX,
            { group: UI_AND_STORAGE, message: 'shared/ runs anywhere: no UI or storage libraries.' },
            { group: ['**/renderer/**', '**/electron/**', '#renderer/*'], message: 'shared/ imports no other layer.' },
          ],
        },
      ],
    },
  },
  {
    // Tests of shared/ run in Node and read their fixture files from disk; the code they test does not.
    files: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_AND_ELECTRON.filter(({ name }) => !['fs', 'path', 'url'].includes(name)),
          patterns: [
            { group: ['node:*', '!node:fs', '!node:fs/promises', '!node:path', '!node:url'], message: 'Tests of shared/ may read files, nothing more of Node.' },
            { group: UI_AND_STORAGE, message: 'shared/ runs anywhere: no UI or storage libraries.' },
            { group: ['**/renderer/**', '**/electron/**', '#renderer/*'], message: 'shared/ imports no other layer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler, so its "cannot memoize this library" notes don't apply.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_AND_ELECTRON,
          patterns: [
            NODE_PREFIX,
            { group: ['**/electron/**'], message: 'The renderer reaches the shell only through renderer/platform.' },
            { group: ['dexie', 'dexie-react-hooks'], message: 'Only renderer/data talks to Dexie: use a repository or a live-query hook.' },
          ],
        },
      ],
      // User-visible text comes from i18next, never from literals in JSX.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-zА-Яа-яЁёІіЇїЄєҐґ]/]',
          message: 'UI text must come from the locale files through i18next.',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|label|alt)$/] > Literal[value=/[A-Za-zА-Яа-яЁёІіЇїЄєҐґ]/]',
          message: 'UI text must come from the locale files through i18next.',
        },
      ],
    },
  },
  {
    // renderer/data talks to Dexie; so does the search worker, which reads the records itself in
    // its own thread (renderer/search/worker) rather than have the page post them over.
    files: ['renderer/data/**/*.{ts,tsx}', 'renderer/search/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NODE_AND_ELECTRON, patterns: [NODE_PREFIX, { group: ['**/electron/**'], message: 'No shell code in the renderer.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}', 'renderer/test-support/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['ipcRenderer', 'contextBridge'], message: 'Only the preload touches ipcRenderer.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'The shell does not import the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '**/main/**'], message: 'The preload is the bridge only.' },
            NODE_PREFIX,
          ],
        },
      ],
    },
  },
);
