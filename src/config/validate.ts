import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { Rule } from '../engine/types.js';
import { describeAjvErrors, type ConfigProblem } from './ajv-errors.js';
import { ConfigError, formatJsonPath } from './errors.js';
import { buildConfigSchema } from './schema.js';
import type { ConfigSource } from './source.js';
import type { ConfigData } from './types.js';

// Most runs find no config file; ajv is loaded only when there is one to check.
function loadAjv(): typeof import('ajv').Ajv {
  return (createRequire(import.meta.url)('ajv') as typeof import('ajv')).Ajv;
}

// Compiling is the expensive part and every linted file is validated against
// the same rule list, so compile once per list.
const validators = new WeakMap<readonly Rule[], ValidateFunction>();

function validatorFor(rules: readonly Rule[]): ValidateFunction {
  let validate = validators.get(rules);
  if (!validate) {
    // Tuples are `[severity]` or `[severity, options]`, which strict tuple
    // checking would flag for having fewer minItems than items.
    const ajv = new (loadAjv())({ strictTuples: false, allowUnionTypes: true });
    validate = ajv.compile(buildConfigSchema(rules));
    validators.set(rules, validate);
  }
  return validate;
}

/** The one problem worth showing in a config, or undefined when it is valid. */
export function findConfigProblem(data: unknown, rules: readonly Rule[]): ConfigProblem | undefined {
  const validate = validatorFor(rules);
  return validate(data) ? undefined : describeAjvErrors(validate.errors ?? [], data);
}

/** The source's config, or a ConfigError naming the bad key. */
export function validateSource(source: ConfigSource, rules: readonly Rule[]): ConfigData {
  const problem = findConfigProblem(source.data, rules);
  if (problem) throw new ConfigError(source.filePath, formatJsonPath([...source.pathPrefix, ...problem.path]), problem.reason);
  return source.data as ConfigData;
}
