import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Timeouts catch a hang, not a slow machine: no test may fail because
    // the machine is busy. Heavy work is kept small instead (test/fixtures).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
