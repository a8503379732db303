import { createRequire } from 'node:module';
import path from 'node:path';
import type picomatch from 'picomatch';
import type { Rule } from '../engine/types.js';
import { ConfigError, formatJsonPath, type ShowPath } from './errors.js';
import { PRESET_NAMES, PRESET_PREFIX, presetLayer } from './presets.js';
import { isFile, readConfigSource, type ConfigSource } from './source.js';
import type { ConfigLayer, ConfigOverride } from './types.js';
import { validateSource } from './validate.js';

export interface CollectedLayers {
  layers: ConfigLayer[];
  files: string[];
}

// Few configs have overrides; picomatch is loaded only for one that does.
function loadPicomatch(): typeof picomatch {
  return createRequire(import.meta.url)('picomatch') as typeof picomatch;
}

// Overrides come from cached config data, so each glob is compiled once.
const matchers = new WeakMap<ConfigOverride, picomatch.Matcher>();

function matcherFor(override: ConfigOverride): picomatch.Matcher {
  let matcher = matchers.get(override);
  if (!matcher) {
    // A pattern without a slash ("*.docx") matches at any depth, as in ESLint
    // overrides. picomatch's `basename` option would apply to every pattern.
    const patterns = (typeof override.files === 'string' ? [override.files] : override.files).map((pattern) =>
      pattern.includes('/') ? pattern : `**/${pattern}`,
    );
    matcher = loadPicomatch()(patterns, { dot: true });
    matchers.set(override, matcher);
  }
  return matcher;
}

/**
 * Appends, lowest first, the layers a config file contributes for `filePath`:
 * what it extends, its own settings, then its overrides that match.
 * `chain` holds the files extending this one, to catch cycles.
 */
export function collectLayers(
  source: ConfigSource,
  filePath: string,
  rules: readonly Rule[],
  out: CollectedLayers,
  chain: readonly string[] = [],
): void {
  const config = validateSource(source, rules);
  const names = typeof config.extends === 'string' ? [config.extends] : (config.extends ?? []);
  names.forEach((name, index) => {
    const jsonPath = formatJsonPath([...source.pathPrefix, 'extends', ...(Array.isArray(config.extends) ? [index] : [])]);
    const fail = (reason: string | ((show: ShowPath) => string)): never => {
      throw new ConfigError(source.filePath, jsonPath, reason);
    };
    if (name.startsWith(PRESET_PREFIX)) {
      out.layers.push(
        presetLayer(name, rules) ?? fail(`"${name}" is not a known preset; valid presets are ${PRESET_NAMES.join(', ')}`),
      );
      return;
    }
    const target = path.resolve(source.dir, name);
    const extending = [...chain, source.filePath];
    if (extending.includes(target)) {
      const cycle = [...extending.slice(extending.indexOf(target)), target];
      fail((show) => `"${name}" makes a cycle: ${cycle.map(show).join(' -> ')}`);
    }
    if (!isFile(target)) fail(`"${name}" does not exist`);
    const extended = readConfigSource(target) ?? fail(`"${name}" has no "planlint" key`);
    collectLayers(extended, filePath, rules, out, extending);
  });

  out.layers.push(config);
  if (!out.files.includes(source.filePath)) out.files.push(source.filePath);
  const relative = path.relative(source.dir, filePath).split(path.sep).join('/');
  for (const override of config.overrides ?? []) {
    if (matcherFor(override)(relative)) out.layers.push(override);
  }
}
