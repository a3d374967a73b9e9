import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // End-to-end tests spawn the built CLI: the global setup builds it when it is missing.
    globalSetup: ['test/globalSetup.ts'],
  },
});
