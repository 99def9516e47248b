/**
 * English UI strings. Story prose lives in src/content/en; these files hold only
 * interface text, one module per feature so work on one never collides with another.
 */
import { common } from './en/common';
import { deaths } from './en/deaths';
import { story } from './en/story';
import { route } from './en/route';
import { agreements } from './en/agreements';
import { tools } from './en/tools';
import { cbpone } from './en/cbpone';
import { elsalvador } from './en/elsalvador';
import { databases } from './en/databases';
import { data } from './en/data';
import { embed } from './en/embed';
import { teach } from './en/teach';

export const en = { ...common, ...deaths, ...story, ...route, ...agreements, ...tools, ...cbpone, ...elsalvador, ...databases, ...data, ...embed, ...teach } as const;

export type UIKey = keyof typeof en;
