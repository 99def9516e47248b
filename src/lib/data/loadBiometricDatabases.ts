/** Build-time loading of data/biometric-databases.json (reads the disk: pages, scripts and tests only). */
import { dataDir, loadSources, readJson } from './load';
import { parseBiometricDatabases } from './biometricDatabases';

export function loadBiometricDatabases(root?: string) {
  const { sources } = loadSources(root);
  const file = `${dataDir()}/biometric-databases.json`;
  return { ...parseBiometricDatabases(readJson(file, root), new Set(sources.map((s) => s.id)), file), sources };
}
