/**
 * The site's canonical origin. `SITE_URL` (environment) names where the build will be published:
 * canonical links, Open Graph images, embed snippets, oEmbed files, the sitemap and robots.txt
 * all point there. Without it the build targets the local preview (`npm start` serves it at
 * PREVIEW_ORIGIN) and says so, so no placeholder domain ever reaches the HTML.
 */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

export interface SiteOrigin {
  /** Origin with a trailing slash, as Astro's `site` takes it. */
  site: string;
  /** True when SITE_URL set it. */
  fromEnv: boolean;
  /** What the build should say about it. */
  message: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Reads SITE_URL; refuses anything that is not an https origin (http only on loopback). */
export function resolveSite(value: string | undefined): SiteOrigin {
  if (value === undefined || value.trim() === '') {
    return {
      site: `${PREVIEW_ORIGIN}/`,
      fromEnv: false,
      message: `SITE_URL is not set: canonical links, social images, embed snippets and the sitemap point at the local preview, ${PREVIEW_ORIGIN}/. Set SITE_URL=https://… to build for publishing.`,
    };
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL: received ${JSON.stringify(value)}; expected an absolute URL such as https://example.org`);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure) throw new Error(`SITE_URL: received ${JSON.stringify(value)}; expected an https:// origin (http:// only for localhost)`);
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`SITE_URL: received ${JSON.stringify(value)}; expected an origin without credentials, query or fragment`);
  }
  if (url.pathname !== '/') {
    throw new Error(`SITE_URL: received ${JSON.stringify(value)}; expected the site's origin (the site is built for the root path, not ${url.pathname})`);
  }
  return { site: `${url.origin}/`, fromEnv: true, message: `SITE_URL: publishing for ${url.origin}/` };
}
