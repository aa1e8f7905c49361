import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real headless Chromium (playwright-core) against the
 * production build in `dist-e2e/`, served by `vite preview`. Files run one at a
 * time: each launches its own browser, and the machine has two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
