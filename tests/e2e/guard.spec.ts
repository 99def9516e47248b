import { test, expect } from './guard';

// The guard itself bites: each test plants one fault and asserts it was recorded, and only it
// (so a test cannot pass on the wrong report), then clears it; the last plants one and lets
// the guard fail the test, which Playwright's `test.fail()` requires. The site's own
// Content-Security-Policy would refuse the planted requests before they were made, so the two
// tests of requests open their page with `bypassCSP`: they prove the guard, not the policy
// (tests/e2e/csp.spec.ts proves that).
const FOREIGN = 'http://guard.invalid/planted.png';

test.describe('the page guard', () => {
  test('records a console error on the page fixture', async ({ page, guard }) => {
    await page.goto('/data/');
    await page.evaluate(() => console.error('planted console error'));
    await expect.poll(() => guard.errors.length).toBe(1);
    expect(guard.errors).toEqual(['planted console error']);
    expect(guard.foreign).toEqual([]);
    guard.errors.length = 0;
  });

  test('records an uncaught exception on a page from openPage (another viewport)', async ({ openPage, guard }) => {
    const page = await openPage({ viewport: { width: 320, height: 800 } });
    await page.goto('/data/');
    await page.evaluate(() => setTimeout(() => { throw new Error('planted exception'); }));
    await expect.poll(() => guard.errors.length).toBe(1);
    expect(guard.errors).toEqual(['planted exception']);
    expect(guard.foreign).toEqual([]);
    guard.errors.length = 0;
  });

  test('records a request that leaves the origin from a JavaScript-off page', async ({ openPage, guard }) => {
    const page = await openPage({ javaScriptEnabled: false, bypassCSP: true });
    // Answered here: nothing leaves the machine, and a failed load would add a console error.
    await page.route(FOREIGN, (r) => r.fulfill({ status: 200, contentType: 'image/png', body: Buffer.alloc(0) }));
    await page.goto('/data/');
    expect(guard.foreign).toEqual([]);
    await page.setContent(`<img src="${FOREIGN}" alt="">`);
    await expect.poll(() => guard.foreign.length).toBe(1);
    expect(guard.foreign).toEqual([FOREIGN]);
    guard.foreign.length = 0;
  });

  test('does not count the origin itself, data: or blob: URLs as leaving it', async ({ openPage, guard, baseURL }) => {
    const page = await openPage({ bypassCSP: true });
    await page.goto('/data/');
    await page.evaluate(async () => {
      await fetch('/data/sources.meta.json');
      await fetch('data:text/plain,x');
      await fetch(URL.createObjectURL(new Blob(['x'])));
    });
    expect(guard.foreign).toEqual([]);
    // An address that merely starts with the origin's text (another port) is another origin.
    const lookalike = `${new URL(baseURL!).origin}0/x.json`;
    await page.route(lookalike, (r) => r.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: '{}' }));
    await page.evaluate((u) => fetch(u).catch(() => undefined), lookalike);
    await expect.poll(() => guard.foreign.length).toBe(1);
    expect(guard.foreign).toEqual([lookalike]);
    guard.foreign.length = 0;
  });

  test('fails the test it guards when a fault is left in place', async ({ page }) => {
    test.fail();
    await page.goto('/data/');
    await page.evaluate(() => console.error('planted and left'));
  });
});
