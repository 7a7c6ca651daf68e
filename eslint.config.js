// One lint stack: ESLint (typescript-eslint) for code rules, Prettier for formatting.
// The layer rules below keep the core pure and the shells thin (see README "Layout").
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const layer = (name) => ({
  group: [`**/${name}`, `**/${name}/**`],
  message: `Layer rule: do not import ${name}/ here.`,
});
const browserApi = {
  group: ['webextension-polyfill'],
  message: 'src/core and src/sites are pure: no browser API. Pass data in from a shell.',
};
const nodeApi = {
  group: ['node:*', 'fs', 'path', 'zlib'],
  message: 'src/core is pure: no Node API.',
};

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
      'bench/results/**',
      'bench/.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message:
            'Page text is untrusted: build nodes with textContent (or sanitise with DOMPurify).',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Page text is untrusted: build nodes with textContent.',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/sites/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      ...restrict(
        browserApi,
        nodeApi,
        layer('content'),
        layer('background'),
        layer('popup'),
        layer('options'),
        layer('cli'),
        layer('shared'),
      ),
      'no-restricted-globals': [
        'error',
        'chrome',
        'browser',
        'window',
        'location',
        'fetch',
        'XMLHttpRequest',
      ],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: restrict(layer('popup'), layer('background'), layer('options'), layer('cli'), nodeApi),
  },
  {
    files: ['src/background/**/*.ts'],
    rules: restrict(layer('popup'), layer('content'), layer('options'), layer('cli'), nodeApi),
  },
  {
    files: ['src/popup/**/*.ts'],
    rules: restrict(layer('content'), layer('background'), layer('options'), layer('cli'), nodeApi),
  },
  {
    files: ['src/options/**/*.ts'],
    rules: restrict(layer('content'), layer('background'), layer('popup'), layer('cli'), nodeApi),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      layer('content'),
      layer('background'),
      layer('popup'),
      layer('options'),
      layer('cli'),
      nodeApi,
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict(
      browserApi,
      layer('content'),
      layer('background'),
      layer('popup'),
      layer('options'),
      layer('shared'),
    ),
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
