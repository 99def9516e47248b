import { en, type UIKey } from './en';
import { es } from './es';
import type { Lang } from '../lib/format/format';

export type { UIKey, Lang };

/**
 * Every language the site ships, each complete: a language missing a key is a type error
 * (see ./es.ts), so there is no fallback to English.
 */
const dictionaries: Record<Lang, Record<UIKey, string>> = { en, es };

export const defaultLang: Lang = 'en';

/**
 * Returns a translator for one language. `{name}` placeholders are replaced from
 * `vars`. Every dictionary holds every key (checked by the type above), so nothing falls
 * back to English.
 */
export function useTranslations(lang: Lang) {
  return function t(key: UIKey, vars: Record<string, string | number> = {}): string {
    const template = dictionaries[lang][key];
    return template.replace(/\{(\w+)\}/g, (_, name: string) =>
      name in vars ? String(vars[name]) : `{${name}}`,
    );
  };
}

export type Translator = ReturnType<typeof useTranslations>;

/**
 * The strings whose keys start with one of `prefixes`, for passing to an island as
 * a plain-data prop (see ./translator.ts).
 */
export function pickStrings(lang: Lang, prefixes: readonly string[]): Record<string, string> {
  const t = useTranslations(lang);
  const out: Record<string, string> = {};
  for (const key of Object.keys(en) as UIKey[]) if (prefixes.some((p) => key.startsWith(p))) out[key] = t(key);
  return out;
}
