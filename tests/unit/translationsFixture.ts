import type { TranslatableCollection } from '../../src/lib/data/translations';

/** The made-up dataset's paths and translatable collections both translations test files use. */
export const EN = 'data/x.json';
export const FILE = 'data/i18n/es/x.json';
export const collections: TranslatableCollection[] = [
  { path: 'records', name: 'record', fields: ['name', 'note', 'flows[].basis'], phraseLists: ['match'] },
  { path: 'area', name: 'area', fields: ['radiusNote'] },
];
