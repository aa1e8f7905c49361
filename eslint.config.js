import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', '.cache/', '.tmp/', 'bench/results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, __TEST_HANDLES__: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Data must never be rendered as HTML: names come from user files.
      'svelte/no-at-html-tags': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text, never HTML.' },
        { property: 'outerHTML', message: 'Render text, never HTML.' },
        { property: 'setHTML', message: 'MapLibre popups: use setText or a DOM node.' },
        { property: 'insertAdjacentHTML', message: 'Render text, never HTML.' },
      ],
    },
  },
  {
    // f(...array) puts every element on the stack: 66,000 rows threw "Maximum call stack
    // size exceeded" in Chromium. Use pushAll (src/lib/util/arrays.ts) or d3's min/max/extent.
    files: ['src/**', 'scripts/**', 'bench/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message:
            'Spreading into a call overflows the stack for large arrays: use pushAll (src/lib/util/arrays.ts), a loop, or d3 min/max/extent.',
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, svelteConfig, extraFileExtensions: ['.svelte'] },
    },
  },
);
