/**
 * Spanish UI strings: one module per feature, mirroring ./en. Each module is checked
 * against its English twin (`satisfies Record<keyof typeof <english module>, string>`),
 * so a key missing or extra in a feature file fails `npm run check` where it is written;
 * the combined dictionary is checked again below against every `UIKey`.
 */
import type { UIKey } from './en';
import { common } from './es/common';
import { deaths } from './es/deaths';
import { story } from './es/story';
import { route } from './es/route';
import { agreements } from './es/agreements';
import { tools } from './es/tools';
import { cbpone } from './es/cbpone';
import { elsalvador } from './es/elsalvador';
import { databases } from './es/databases';
import { data } from './es/data';
import { embed } from './es/embed';
import { teach } from './es/teach';

export const es = { ...common, ...deaths, ...story, ...route, ...agreements, ...tools, ...cbpone, ...elsalvador, ...databases, ...data, ...embed, ...teach } satisfies Record<UIKey, string>;

/**
 * `satisfies` finds a missing key, but spread properties get no excess-property check, so a
 * key English lacks is caught here: `AssertNever` stops compiling if `es` has a key that is not a UIKey.
 */
type AssertNever<T extends never> = T;
export type ExtraSpanishKeys = AssertNever<Exclude<keyof typeof es, UIKey>>;
