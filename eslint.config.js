// Lint: typescript-eslint (no `any`, no unexplained ts-comments) and eslint-plugin-regexp
// (no catastrophic backtracking, no super-linear moves).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import regexp from 'eslint-plugin-regexp'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'process belongs in src/cli/ only' },
      ],
    },
  },
  {
    files: ['src/cli/**', 'scripts/**', 'test/**', 'bin/**', '*.config.*'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
  },
)
