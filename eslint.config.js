import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

const NO_HTML = [
  { property: 'innerHTML', message: 'Render text, never HTML.' },
  { property: 'outerHTML', message: 'Render text, never HTML.' },
  { property: 'setHTML', message: 'MapLibre popups: use setText or a DOM node.' },
  { property: 'insertAdjacentHTML', message: 'Render text, never HTML.' },
];

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
      'no-restricted-properties': ['error', ...NO_HTML],
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
    // No test outcome may depend on the machine's speed. Tests state no time limits of their
    // own (the suite's hang limits are in vite.config.ts and tests/e2e/timeouts.ts) and never
    // wait for a duration: they wait for a state (waitForState, locator.waitFor, expect.poll).
    files: ['tests/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.name=/^(it|test|describe|beforeAll|afterAll|beforeEach|afterEach)$/][arguments.length=3], CallExpression[callee.type="CallExpression"][arguments.length=3]',
          message:
            'No per-test time limit: the suite has one hang limit (vite.config.ts, tests/e2e/timeouts.ts).',
        },
        {
          selector: 'Property[key.name=/^(timeout|interruptAfterTimeLimit)$/]',
          message:
            'No per-wait time limit: waits wait for a state under the suite hang limit (tests/e2e/timeouts.ts).',
        },
        {
          selector: 'CallExpression[callee.name="setTimeout"]',
          message: 'Wait for a state, never for a duration.',
        },
        {
          // The e2e files share one browser over Playwright's connection (harness.ts).
          selector: 'CallExpression[callee.property.name="path"][arguments.length=0]',
          message:
            "download.path() is not available over the shared browser's connection: use downloadBytes (tests/e2e/harness.ts).",
        },
      ],
      'no-restricted-properties': [
        'error',
        ...NO_HTML,
        { property: 'waitForTimeout', message: 'Wait for a state, never for a duration.' },
        { property: 'setDefaultTimeout', message: 'Set once in tests/e2e/harness.ts.' },
        {
          property: 'waitForFunction',
          message:
            'Use waitForState (tests/e2e/harness.ts): it checks every POLL_MS, not on every animation frame.',
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
