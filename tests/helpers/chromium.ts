/**
 * Debian's Chromium is the only browser here (browser downloads are impossible).
 * Every Playwright launch goes through these options.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Throws a message that says how to install Chromium, instead of letting browser tests skip. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Browser tests need Debian's Chromium: run "apt-get update && apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    );
  }
  return CHROMIUM;
}
