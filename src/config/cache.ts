import { clearDiscoveryCache } from './discover.js';
import { clearSourceCache } from './source.js';

/** Forget every config file read and found; the language server calls it when one changes. */
export function clearConfigCache(): void {
  clearDiscoveryCache();
  clearSourceCache();
}
