// planlint lints its own sources: typescript-eslint's type-aware recommended rules,
// plus the few that keep rule and engine code small and readable.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // A plan is input anyone can hand planlint (a pull request in CI, a buffer in an editor), and every
    // pattern in src/ and rules/ reads it: none may backtrack or rescan super-linearly. Tests, the bench and
    // the build scripts read only the project's own output and fixtures.
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    ...regexp.configs['flat/recommended'],
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // The patterns spell the wording of plans as a reader says it ("(?:a|b)", "[A-Za-z]", "[0-9]"); these
      // rules only respell a pattern, matching the same text at the same speed.
      'regexp/prefer-character-class': 'off',
      'regexp/use-ignore-case': 'off',
      'regexp/no-obscure-range': 'off',
      'regexp/prefer-d': 'off',
      'regexp/no-useless-character-class': 'off',
      'regexp/no-useless-non-capturing-group': 'off',
      'regexp/optimal-lookaround-quantifier': 'off',
      'regexp/no-useless-lazy': 'off',
      // A figure's guard ("not after a digit, slash or point") is one definition composed into several
      // patterns; where what comes before it already rules those out the guard costs a step, not a match.
      'regexp/no-useless-assertions': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // vitest types its asymmetric matchers (expect.any, expect.arrayContaining) as `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // The tests look for the terminal's colour escapes on purpose.
      'no-control-regex': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
