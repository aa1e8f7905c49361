import { defineConfig } from 'vitest/config';
import { POLL_MS, STATE_WAIT_MS, TEST_MS } from './tests/e2e/timeouts';

/**
 * End-to-end tests: real headless Chromium (playwright-core) against the production build in
 * `dist-e2e/`, served by `vite preview`. One browser for all files (global-setup.ts); every
 * test opens its own browser context, so two files run at a time (the machine has two cores,
 * and a file spends much of its time waiting for the browser). Time limits: timeouts.ts.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: TEST_MS,
    hookTimeout: TEST_MS,
    expect: { poll: { timeout: STATE_WAIT_MS, interval: POLL_MS } },
    pool: 'forks',
  },
});
