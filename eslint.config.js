// One lint configuration for the whole monorepo: type-aware rules, module boundaries, file names.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { featureBoundaryRule } from './eslint/feature-boundary-rule.js';
import { fileNameRule } from './eslint/file-name-rule.js';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '**/.tsbuild',
      'data',
      'docs',
      'coverage',
      // Generated from GET /api/openapi.json (npm run api:types).
      'packages/web/src/api/generated-api.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: {
      znr: { rules: { 'file-name': fileNameRule, 'feature-boundary': featureBoundaryRule } },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
      'znr/file-name': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@znr/*/*', 'znr/*'],
              message:
                'Importez un paquet par sa porte publique (src/index.ts), jamais en profondeur.',
            },
            {
              group: ['../../*/src/*', '../../../packages/*'],
              message:
                'Passez par le nom du paquet (@znr/...), pas par un chemin relatif vers un autre paquet.',
            },
          ],
        },
      ],
    },
  },
  {
    // The server by feature over a kernel that knows none (ARCHITECTURE.md): a new folder is
    // declared here as one or the other.
    files: ['packages/server/src/**/*.ts'],
    rules: {
      'znr/feature-boundary': [
        'error',
        {
          root: 'packages/server/src',
          kernel: ['http', 'db', 'audit', 'jobs', 'tenancy', 'pdf', 'test'],
          features: ['suivi', 'reperage', 'pilotage', 'indicators', 'session', 'calculate', 'demo'],
        },
      ],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['packages/cli/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
