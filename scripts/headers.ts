/**
 * `npm run headers -- nginx` or `npm run headers -- caddy`: the response headers of the build's
 * _headers file (Netlify, Cloudflare Pages), written for an nginx or Caddy host. Reads dist/_headers,
 * so run it after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { caddyConfig, nginxConfig, parseHeadersFile } from '../src/lib/publish/headers.ts';

const kind = process.argv[2];
if (kind !== 'nginx' && kind !== 'caddy') {
  console.error(`headers: received ${JSON.stringify(kind ?? '')}; expected "nginx" or "caddy"`);
  process.exit(1);
}
const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'), 'dist/_headers');
process.stdout.write(kind === 'nginx' ? nginxConfig(rules) : caddyConfig(rules));
