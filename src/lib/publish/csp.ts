/**
 * The Content Security Policy every page carries, in a `<meta http-equiv>` placed before its
 * first script or style. Scripts: the site's own files ('self') and the inline scripts of that
 * page, each by its SHA-256 hash; never 'unsafe-inline' or 'unsafe-eval'. Styles: the site's
 * files and that page's inline `<style>` elements by hash; style *attributes* stay allowed
 * (`style-src-attr 'unsafe-inline'`), because the server-rendered charts position and colour
 * marks with them. Nothing loads from another origin.
 *
 * What a `<meta>` cannot carry (frame-ancestors) is sent as a header: see headers.ts.
 */
import { createHash } from 'node:crypto';

/** Directives every page shares, in the order they are written. */
export const FIXED_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['media-src', "'none'"],
  ['frame-src', "'none'"],
  ['worker-src', "'none'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['style-src-attr', "'unsafe-inline'"],
];

/** `'sha256-…'`: the CSP source expression for a script or style's exact text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Scripts whose type the browser executes: none, a JavaScript MIME type, or module.
const EXECUTABLE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+)))?(?=\\s|/|$)`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** The text of every inline script the browser would run (data blocks such as JSON excluded). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    if (attr(attrs, 'src') !== undefined) continue;
    if (!EXECUTABLE.test((attr(attrs, 'type') ?? '').trim())) continue;
    out.push(m[2] ?? '');
  }
  return out;
}

/** The text of every `<style>` element. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? '');
}

/** The page's policy: the fixed directives plus its own scripts' and styles' hashes. */
export function policyFor(html: string): string {
  const unique = (texts: string[]) => [...new Set(texts.map(sha256Source))];
  const directives: Array<readonly [string, string]> = [
    ...FIXED_DIRECTIVES.slice(0, 1),
    ['script-src', ["'self'", ...unique(inlineScripts(html))].join(' ')],
    ['style-src', ["'self'", ...unique(inlineStyles(html))].join(' ')],
    ...FIXED_DIRECTIVES.slice(1),
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join('; ');
}

const META = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;

/**
 * The page with its policy at the top of `<head>` (after `<meta charset>`), ahead of every
 * script and style: a policy only governs what the parser meets after it. Replaces an earlier one.
 * @throws when the page has no `<head>`.
 */
export function withPolicy(html: string, file = 'page'): string {
  const page = html.replace(META, '');
  const head = /<head(\s[^>]*)?>/i.exec(page);
  if (!head) throw new Error(`${file}: received a page without <head>; expected one to carry the Content-Security-Policy`);
  // After the charset declaration, which must stay within the page's first 1,024 bytes.
  const charset = /^\s*<meta charset="[^"]*"\s*\/?>/i.exec(page.slice(head.index + head[0].length));
  const at = head.index + head[0].length + (charset ? charset[0].length : 0);
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(page)}">`;
  return page.slice(0, at) + meta + page.slice(at);
}

/** Parses a policy into directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}
