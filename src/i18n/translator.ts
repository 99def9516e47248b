/**
 * The translator islands use. It holds no dictionary: the page passes each island
 * only the strings it needs (`pickStrings` in ./index.ts), so no chart ships every
 * UI string of the site in its JavaScript.
 */
export type Strings = Readonly<Record<string, string>>;

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** `{name}` placeholders are filled from `vars`; a missing key shows itself, so the gap is visible and testable. */
export function translator(strings: Strings): Translate {
  return (key, vars = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}
