import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Builds dist/ and web/dist before any test runs (test/setup/build.ts).
    globalSetup: ['test/setup/build.ts'],
    env: { TZ: 'UTC' },
  },
});
