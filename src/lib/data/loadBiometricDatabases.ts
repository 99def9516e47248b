/** Build-time loading of data/biometric-databases.json (reads the disk: pages, scripts and tests only). */
import type { Lang } from '../format/format';
import { inLanguage } from './loadTranslations';
import { dataDir, loadSources, readJson } from './load';
import { parseBiometricDatabases } from './biometricDatabases';

export function loadBiometricDatabases(root?: string, lang: Lang = 'en') {
  const { sources } = loadSources(root, lang);
  const file = `${dataDir()}/biometric-databases.json`;
  return { ...inLanguage('biometric-databases', parseBiometricDatabases(readJson(file, root), new Set(sources.map((s) => s.id)), file), lang, root), sources };
}
