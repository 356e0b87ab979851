// ESLint: typescript-eslint's recommended rules over the TypeScript of src/, test/,
// bench/ and scripts/. Formatting is Prettier's (npm run format), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'bench/out/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    // TypeScript checks names; the config files are plain JavaScript run by Node.
    languageOptions: { globals: { process: 'readonly' } },
    rules: {
      // `_name` marks a value taken apart on purpose ({ generated: _stamp, ...rest }).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Text cleaning matches control characters on purpose; brackets are escaped inside
      // character classes for readability next to Chinese ones; tests match YAML indentation.
      'no-control-regex': 'off',
      'no-useless-escape': 'off',
      'no-regex-spaces': 'off',
      'prefer-const': 'error',
    },
  },
);
