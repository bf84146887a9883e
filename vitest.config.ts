import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration and end-to-end files share one test database: run files one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The browser waits on a real server and a real database: on a busy 2-core machine a map can
    // take a few seconds to re-aggregate, so polled expectations get that long.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
