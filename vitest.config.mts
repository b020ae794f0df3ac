import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // A test that asserts nothing cannot fail: every test must make at least one assertion.
    expect: { requireAssertions: true },
    // Whole-corpus tests (every example and seed, analysed and rendered) take a few seconds alone and far
    // longer on a machine busy with other work; a slow test is not a failing one.
    testTimeout: 30_000,
  },
});
