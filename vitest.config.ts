import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Timeouts catch a hang, not a slow machine: no test may fail because
    // the machine is busy. Heavy work is kept small instead (test/fixtures).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Both cores: vitest's default on a 2-core machine is one worker. Test files must not share
    // mutable state (their own temporary folders and databases, ports chosen by the system).
    maxWorkers: 2,
    // A worker keeps the modules it has loaded from one test file to the next (module set-up was
    // over a third of the suite's CPU time). Test files therefore leave no global state behind:
    // no changed process.env, no module-level registries, everything they open closed.
    isolate: false,
  },
});
