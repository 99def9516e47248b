/**
 * A minimal static server for dist/, used by the browser tests and the benchmark
 * so they never collide with a running `astro preview`. Loopback only. Text is
 * gzipped when the client accepts it, as any static host does, so the benchmark
 * measures what a reader downloads; `--no-compress` serves every file as stored, as a host
 * that does not compress would (the benchmark's worst case). Response headers come from the
 * build's `_headers` file, combined as Netlify and Cloudflare Pages combine them, so every
 * browser test runs under the published framing rules and security headers.
 * Usage: node scripts/serve-static.ts [port] [dir] [--no-compress]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/publish/headers.ts';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const compress = !process.argv.includes('--no-compress');
const port = Number(positional[0] ?? 4329);
const root = resolve(positional[1] ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.webmanifest': 'application/manifest+json',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve-static: received no ${root}/index.html; expected a production build. Run "npm run build" first.`);
  process.exit(1);
}

const headersFile = join(root, '_headers');
const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8'), headersFile) : [];

createServer((req, res) => {
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return void res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request: malformed URL escape');
  }
  for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
  let file = normalize(join(root, path));
  // Inside the root only: "dist-old/…" starts with "dist" too, so compare whole path segments.
  if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  // The host reads _headers; it is not a page.
  if (!existsSync(file) || file === headersFile) {
    res.writeHead(404, { 'content-type': TYPES['.html']! });
    return void (existsSync(join(root, '404.html')) ? createReadStream(join(root, '404.html')).pipe(res) : res.end('Not found'));
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
  if (compress && /text|json|javascript|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const body = gzipSync(readFileSync(file), { level: 6 });
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) });
    return void res.end(body);
  }
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
