import path from 'node:path';
import { isFile, readConfigSource, type ConfigSource } from './source.js';

/** In order of precedence when one folder holds several. */
export const CONFIG_FILE_NAMES = ['planlint.config.json', '.planlintrc.json', 'package.json'] as const;

// Folder → nearest config at or above it; null when there is none.
const nearest = new Map<string, ConfigSource | null>();

export function clearDiscoveryCache(): void {
  nearest.clear();
}

/**
 * The nearest config at or above `dir`. Only the nearest applies: configs
 * do not cascade, so a plan's config says everything that governs it.
 */
export function findConfigSource(dir: string): ConfigSource | undefined {
  const cached = nearest.get(dir);
  if (cached !== undefined) return cached ?? undefined;
  let found: ConfigSource | undefined;
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(dir, name);
    if (isFile(candidate)) found = readConfigSource(candidate);
    if (found) break;
  }
  const parent = path.dirname(dir);
  if (!found && parent !== dir) found = findConfigSource(parent);
  nearest.set(dir, found ?? null);
  return found;
}
