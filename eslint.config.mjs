// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Every Node built-in, bare and `node:`-prefixed (also the ones that exist only with the prefix).
const nodeBuiltins = builtinModules.flatMap((name) =>
  name.startsWith('node:') ? [name] : [name, `node:${name}`],
);
// Deterministic code reaches no I/O layer: the database, configuration, the Temporal client or worker.
const ioPackages = [
  'typeorm',
  'pg',
  '@app/persistence',
  '@app/config',
  '@app/temporal',
  '@temporalio/client',
  '@temporalio/worker',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      '.tools/**',
      'coverage/**',
      'test-results/**',
      '**/*.js',
      '**/*.mjs',
      'apps/web/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Workflow code is replayed, and the domain is called from it: deterministic and free of I/O.
    files: ['workflows/**/*.ts', 'libs/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, ...ioPackages].map((name) => ({
            name,
            message:
              'workflows/ and libs/domain must stay deterministic: do I/O in an activity or a service.',
          })),
          patterns: [
            { group: ['node:*'], message: 'workflows/ and libs/domain may not use Node built-ins.' },
            {
              group: ioPackages.map((name) => `${name}/*`),
              message:
                'workflows/ and libs/domain must stay deterministic: do I/O in an activity or a service.',
            },
            { group: ['@nestjs/*'], message: 'workflows/ and libs/domain must not depend on Nest.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'use sleep() or condition() from @temporalio/workflow' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'use uuid4() from @temporalio/workflow' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Browser tests read the API's JSON as a person reads a page: loosely typed on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The console: browser globals, the rules of hooks; it reaches the API only through the generated client.
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // antd awaits a handler's promise (loading states); a floating promise is still an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'call the API through api/client.ts' }],
    },
  },
);
