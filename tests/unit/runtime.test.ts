import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs the tests on Node 22 or newer, the version Astro 7 needs (node@22 from devDependencies)', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(major, `tests ran on Node ${process.versions.node}; npm scripts should put node_modules/.bin/node (22) first`).toBeGreaterThanOrEqual(22);
  });
});
