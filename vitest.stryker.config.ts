import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The unit, data and component tests as Stryker runs them (stryker.config.mjs): the same
// config, plus a setup file that makes Stryker's test selection work with vitest 5.
export default mergeConfig(
  base,
  defineConfig({ test: { setupFiles: ['tests/helpers/strykerTestNames.ts'] } }),
);
