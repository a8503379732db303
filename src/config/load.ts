import path from 'node:path';
import { findConfigSource } from './discover.js';
import { ConfigError } from './errors.js';
import { collectLayers, type CollectedLayers } from './layers.js';
import { recommendedLayer } from './presets.js';
import { validateCliRules } from './rule-flag.js';
import { applyLayer, emptySettings } from './settings.js';
import { isFile, readConfigSource, type ConfigSource } from './source.js';
import type { Rule } from '../engine/types.js';
import type { ConfigOptions, ResolvedConfig } from './types.js';

/**
 * The settings that govern `filePath`: the nearest config file (or
 * `--config`), what it extends, its matching overrides, then the command
 * line.
 *
 * Everything starts from `planlint:recommended`, whether or not a config
 * file exists or says `extends`: a config lists departures from the
 * recommended set, so it never silently turns every other rule off.
 */
export function loadConfig(filePath: string, options: ConfigOptions): ResolvedConfig {
  const { rules } = options;
  const target = path.resolve(filePath);
  const source = options.configFile ? explicitSource(path.resolve(options.configFile)) : findConfigSource(path.dirname(target));

  const collected: CollectedLayers = { layers: [recommendedLayer(rules)], files: [] };
  if (source) collectLayers(source, target, rules, collected);
  if (options.cliRules) {
    validateCliRules(options.cliRules, rules);
    collected.layers.push({ rules: options.cliRules });
  }
  if (options.documentType) collected.layers.push({ documentType: options.documentType });

  return settle(collected, rules);
}

/**
 * The settings of a plan no config file governs and no folder holds (an
 * editor's unsaved document): `planlint:recommended` alone, as `loadConfig`
 * starts from.
 */
export function recommendedConfig(rules: readonly Rule[]): ResolvedConfig {
  return settle({ layers: [recommendedLayer(rules)], files: [] }, rules);
}

function settle(collected: CollectedLayers, rules: readonly Rule[]): ResolvedConfig {
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const settings = emptySettings();
  for (const layer of collected.layers) applyLayer(settings, layer, rulesById);
  return {
    documentType: settings.documentType,
    rules: settings.rules,
    maxFileSize: settings.maxFileSize,
    configFiles: collected.files,
  };
}

function explicitSource(configFile: string): ConfigSource {
  if (!isFile(configFile)) throw new ConfigError(configFile, '', 'config file not found');
  const source = readConfigSource(configFile);
  if (!source) throw new ConfigError(configFile, '', 'has no "planlint" key');
  return source;
}
