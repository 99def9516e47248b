/** The test server (scripts/serve-static.ts) stays inside its root and answers bad URLs with 400, not a crash. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = mkdtempSync(join(tmpdir(), 'serve-static-'));
const root = join(base, 'dist');
const PORT = 4390 + Math.floor(Math.random() * 50);
let server: ChildProcess;
const get = (path: string) => fetch(`http://127.0.0.1:${PORT}${path}`);

beforeAll(async () => {
  mkdirSync(join(root, 'a'), { recursive: true });
  mkdirSync(join(base, 'dist-secret'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(root, 'a', 'index.html'), '<!doctype html><title>a</title>');
  writeFileSync(join(base, 'dist-secret', 'key.txt'), 'secret');
  writeFileSync(join(base, 'outside.txt'), 'outside');
  server = spawn(process.execPath, ['scripts/serve-static.ts', String(PORT), root], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((ok, fail) => {
    server.stdout!.on('data', (d: Buffer) => String(d).includes('serving') && ok());
    server.on('exit', (code) => fail(new Error(`serve-static exited with ${code}`)));
  });
});
afterAll(() => void server.kill());

describe('serve-static', () => {
  it('serves files and folder indexes inside its root', async () => {
    expect((await get('/')).status).toBe(200);
    expect(await (await get('/a/')).text()).toContain('<title>a</title>');
  });

  it.each([
    ['a sibling folder whose name starts like the root', '/..%2fdist-secret%2fkey.txt'],
    ['the parent folder', '/..%2foutside.txt'],
    ['a backslash climb', '/..%5coutside.txt'],
  ])('refuses %s', async (_name, path) => {
    const res = await get(path);
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toMatch(/secret|outside/);
  });

  it('answers a malformed % escape with 400 and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });
});
