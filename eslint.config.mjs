// Lint, and the architecture's import rules: layers may only import downward.
//   shared        -> zod and itself (the contract both sides compile against)
//   src-main/core -> shared and itself; never electron, never an adapter
//   src-renderer  -> shared and itself; never Node, never src-main
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'fs',
  'http',
  'https',
  'net',
  'os',
  'path',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

export const boundaryRules = {
  shared: [
    {
      regex: '^(?!zod$|\\.{1,2}/)',
      message: 'shared/ imports nothing but zod and itself (it is the contract both sides share).',
    },
    { regex: '^(\\.\\./){2,}', message: 'shared/ must not reach outside shared/.' },
  ],
  core: [
    { regex: '^electron$', message: 'src-main/core runs in plain Node: it never imports electron.' },
    {
      regex: '^\\.{1,2}/(.*/)?(adapters|electron)(/|$)',
      message: 'src-main/core must not import an adapter (layers import downward only).',
    },
    { regex: '(^|/)src-renderer(/|$)', message: 'src-main/core must not import the renderer.' },
  ],
  renderer: [
    {
      regex: `^(node:|electron$|better-sqlite3$|${NODE_BUILTINS.map((m) => `${m}$`).join('|')})`,
      message: 'src-renderer runs in a browser sandbox: no Node or Electron modules; talk to the API contract.',
    },
    {
      regex: '(^|/)src-main(/|$)',
      message: 'src-renderer imports only shared/ and itself; reach the core through the API contract.',
    },
  ],
};

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // No code from strings anywhere (DEVELOPERS.md, "no eval"): the CSP forbids it in the renderer too.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
    },
  },
  // Tests feed hostile strings (javascript: URLs) to the code on purpose.
  { files: ['tests/**/*.ts'], rules: { 'no-script-url': 'off' } },
  {
    files: ['bin/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['shared/**/*.ts'], rules: restrict(boundaryRules.shared) },
  { files: ['src-main/core/**/*.ts'], rules: restrict(boundaryRules.core) },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(boundaryRules.renderer),
      // The renderer never renders strings as HTML (each rule is exercised by tests/unit/electron/lintRules.test.ts).
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render user text as HTML.' },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never render user text as HTML.',
        },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never render user text as HTML.' },
        {
          selector: "CallExpression[callee.property.name='createContextualFragment']",
          message: 'Never render user text as HTML.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'Never write HTML into the document.',
        },
        { selector: 'JSXAttribute[name.name=/^src[dD]oc$/]', message: 'No inline documents in frames.' },
        { selector: "AssignmentExpression[left.property.name='srcdoc']", message: 'No inline documents in frames.' },
        { selector: 'JSXOpeningElement[name.name=/^(iframe|webview|object|embed)$/]', message: 'The app embeds no other pages.' },
      ],
    },
  },
);
