import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  buildConfigSchema,
  clearConfigCache,
  ConfigError,
  loadConfig,
  parseRuleFlag,
  type ConfigOptions,
} from '../src/config/index.js';
import type { Rule, RuleMeta } from '../src/engine/types.js';

function fakeRule(meta: Omit<RuleMeta, 'type' | 'docs' | 'messages'>): Rule {
  return {
    meta: { type: 'problem', docs: { description: `${meta.id} rule`, url: '' }, messages: {}, ...meta },
    create: () => ({}),
  };
}

const rules: readonly Rule[] = [
  fakeRule({
    id: 'outcome-evidence',
    severity: 'error',
    schema: {
      type: 'object',
      properties: {
        within: { enum: ['section', 'chapter', 'document'] },
        minimum: { enum: ['commitment', 'measure', 'target'] },
      },
      additionalProperties: false,
    },
    defaultOptions: { within: 'section', minimum: 'commitment' },
  }),
  fakeRule({ id: 'principle-coverage', severity: 'warn' }),
  fakeRule({
    id: 'plan-dates',
    severity: 'warn',
    schema: { type: 'object', properties: { maxAgeYears: { type: 'integer', minimum: 1 } }, additionalProperties: false },
    defaultOptions: { maxAgeYears: 3 },
  }),
];

const RECOMMENDED = {
  'outcome-evidence': { severity: 2, options: { within: 'section', minimum: 'commitment' } },
  'principle-coverage': { severity: 1, options: {} },
  'plan-dates': { severity: 1, options: { maxAgeYears: 3 } },
};

const PRESETS =
  'planlint:recommended, planlint:all, planlint:strategic-plan, planlint:integration-scheme, planlint:plan-review, planlint:performance-report';
const SEVERITIES = '"off", "info", "warn", "error", 0, 1, 2';

let root: string;

beforeEach(() => {
  clearConfigCache();
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'planlint-config-')));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** Writes a file under the temp root (JSON unless given text) and returns its path. */
function write(relative: string, content: unknown): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function load(relative: string, options: Partial<ConfigOptions> = {}) {
  return loadConfig(path.join(root, relative), { rules, ...options });
}

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

/** The message loading `plan.md` beside a config with these contents gives. */
function configMessage(content: unknown, name = 'planlint.config.json'): string {
  write(name, content);
  return errorOf(() => load('plan.md')).message;
}

describe('discovery', () => {
  test('without any config file, every rule is at its recommended severity and defaults', () => {
    expect(load('plans/plan.md')).toEqual({
      documentType: undefined,
      rules: RECOMMENDED,
      maxFileSize: 20 * 1024 * 1024,
      configFiles: [],
    });
  });

  test('the nearest config wins and configs above it do not cascade', () => {
    write('planlint.config.json', { rules: { 'principle-coverage': 'off' } });
    const near = write('sub/.planlintrc.json', { rules: { 'outcome-evidence': 'warn' } });
    const config = load('sub/deep/plan.md');
    expect(config.configFiles).toEqual([near]);
    expect(config.rules['outcome-evidence']?.severity).toBe(1);
    expect(config.rules['principle-coverage']?.severity).toBe(1);
  });

  test('planlint.config.json wins over .planlintrc.json in the same folder', () => {
    const chosen = write('planlint.config.json', {});
    write('.planlintrc.json', {});
    expect(load('plan.md').configFiles).toEqual([chosen]);
  });

  test('reads the planlint key of package.json', () => {
    const pkg = write('package.json', { name: 'plans', planlint: { rules: { 'plan-dates': 'off' } } });
    const config = load('docs/plan.md');
    expect(config.configFiles).toEqual([pkg]);
    expect(config.rules['plan-dates']?.severity).toBe(0);
  });

  test('skips a package.json without a planlint key', () => {
    const above = write('planlint.config.json', { rules: { 'plan-dates': 'error' } });
    write('sub/package.json', { name: 'sub' });
    expect(load('sub/plan.md').configFiles).toEqual([above]);
  });

  test('--config replaces discovery', () => {
    write('planlint.config.json', { rules: { 'plan-dates': 'off' } });
    const chosen = write('elsewhere/strict.json', { extends: 'planlint:all' });
    const config = load('plan.md', { configFile: chosen });
    expect(config.configFiles).toEqual([chosen]);
    expect(config.rules['plan-dates']?.severity).toBe(2);
  });

  test('parsed files are cached until clearConfigCache', () => {
    write('planlint.config.json', { rules: { 'plan-dates': 'off' } });
    expect(load('plan.md').rules['plan-dates']?.severity).toBe(0);
    write('planlint.config.json', { rules: { 'plan-dates': 'error' } });
    expect(load('other.md').rules['plan-dates']?.severity).toBe(0);
    clearConfigCache();
    expect(load('other.md').rules['plan-dates']?.severity).toBe(2);
  });
});

describe('extends', () => {
  test('a config without extends starts from planlint:recommended', () => {
    write('planlint.config.json', { rules: { 'principle-coverage': 'error' } });
    expect(load('plan.md').rules).toEqual({ ...RECOMMENDED, 'principle-coverage': { severity: 2, options: {} } });
  });

  test('planlint:all sets every rule to error with default options', () => {
    write('planlint.config.json', { extends: ['planlint:all'] });
    expect(load('plan.md').rules).toEqual({
      'outcome-evidence': { severity: 2, options: { within: 'section', minimum: 'commitment' } },
      'principle-coverage': { severity: 2, options: {} },
      'plan-dates': { severity: 2, options: { maxAgeYears: 3 } },
    });
  });

  test('a document type preset is recommended plus that document type', () => {
    write('planlint.config.json', { extends: 'planlint:integration-scheme' });
    const config = load('plan.md');
    expect(config.documentType).toBe('integration-scheme');
    expect(config.rules).toEqual(RECOMMENDED);
  });

  test('later entries win', () => {
    write('planlint.config.json', { extends: ['planlint:all', 'planlint:recommended'] });
    expect(load('plan.md').rules).toEqual(RECOMMENDED);
  });

  test('extends a file relative to the extending file; its own settings come after', () => {
    const base = write('shared/base.json', {
      extends: 'planlint:all',
      documentType: 'plan-review',
      maxFileSize: 1000,
      rules: { 'outcome-evidence': ['warn', { within: 'chapter' }] },
    });
    const config = write('team/planlint.config.json', { extends: ['../shared/base.json'], rules: { 'outcome-evidence': 'error' } });
    const resolved = load('team/plan.md');
    expect(resolved.configFiles).toEqual([base, config]);
    expect(resolved.documentType).toBe('plan-review');
    expect(resolved.maxFileSize).toBe(1000);
    expect(resolved.rules['principle-coverage']?.severity).toBe(2);
    // A bare severity keeps the options set below it.
    expect(resolved.rules['outcome-evidence']).toEqual({ severity: 2, options: { within: 'chapter', minimum: 'commitment' } });
  });

  test('an extended file without extends adds its settings without resetting to recommended', () => {
    write('only-dates.json', { rules: { 'plan-dates': 'off' } });
    write('planlint.config.json', { extends: ['planlint:all', './only-dates.json'] });
    const resolved = load('plan.md');
    expect(resolved.rules['plan-dates']?.severity).toBe(0);
    expect(resolved.rules['principle-coverage']?.severity).toBe(2);
  });

  test('extending the same file twice along different paths is not a cycle', () => {
    write('common.json', { rules: { 'plan-dates': 'off' } });
    write('a.json', { extends: './common.json' });
    write('b.json', { extends: './common.json' });
    write('planlint.config.json', { extends: ['./a.json', './b.json'] });
    expect(load('plan.md').configFiles.map((file) => path.basename(file))).toEqual([
      'common.json',
      'a.json',
      'b.json',
      'planlint.config.json',
    ]);
  });

  test('reports a cycle from the file that closes it', () => {
    const a = write('a.json', { extends: './b.json' });
    const b = write('b.json', { extends: ['planlint:all', './a.json'] });
    expect(errorOf(() => load('plan.md', { configFile: a })).message).toBe(
      `${b}: extends[1] "./a.json" makes a cycle: ${a} -> ${b} -> ${a}`,
    );
  });

  test('reports a file that extends itself', () => {
    const file = path.join(root, 'planlint.config.json');
    expect(configMessage({ extends: './planlint.config.json' })).toBe(
      `${file}: extends "./planlint.config.json" makes a cycle: ${file} -> ${file}`,
    );
  });
});

describe('overrides', () => {
  const config = {
    rules: { 'plan-dates': 'off' },
    overrides: [
      { files: ['schemes/**'], documentType: 'integration-scheme', rules: { 'outcome-evidence': 'warn' } },
      { files: 'schemes/east/**', rules: { 'outcome-evidence': 'off' } },
      { files: ['*.docx'], maxFileSize: 50 },
    ],
  };

  test('apply to files matching their globs, relative to the config file', () => {
    write('planlint.config.json', config);
    const resolved = load('schemes/west/scheme.md');
    expect(resolved.documentType).toBe('integration-scheme');
    expect(resolved.rules['outcome-evidence']?.severity).toBe(1);
    expect(resolved.rules['plan-dates']?.severity).toBe(0);
  });

  test('do not apply to other files', () => {
    write('planlint.config.json', config);
    const resolved = load('plans/schemes.md');
    expect(resolved.documentType).toBeUndefined();
    expect(resolved.rules['outcome-evidence']?.severity).toBe(2);
  });

  test('later overrides win', () => {
    write('planlint.config.json', config);
    expect(load('schemes/east/scheme.md').rules['outcome-evidence']?.severity).toBe(0);
  });

  test('a pattern without a slash matches file names at any depth', () => {
    write('planlint.config.json', config);
    expect(load('plans/2024/plan.docx').maxFileSize).toBe(50);
  });

  test('globs in an extended file are relative to that file', () => {
    write('shared/base.json', { overrides: [{ files: ['plans/**'], documentType: 'plan-review' }] });
    write('planlint.config.json', { extends: './shared/base.json' });
    expect(load('plans/plan.md').documentType).toBeUndefined();
    expect(load('shared/plans/plan.md').documentType).toBe('plan-review');
  });

  test('globs in a --config file are relative to that file, not the working directory', () => {
    const chosen = write('ci/planlint.json', { overrides: [{ files: ['reports/**'], documentType: 'performance-report' }] });
    expect(load('ci/reports/2024.md', { configFile: chosen }).documentType).toBe('performance-report');
    expect(load('reports/2024.md', { configFile: chosen }).documentType).toBeUndefined();
  });
});

describe('rule settings', () => {
  test.each([
    ['off', 0],
    ['info', 'info'],
    ['warn', 1],
    ['error', 2],
    [0, 0],
    [1, 1],
    [2, 2],
    [['warn'], 1],
    [[0, { within: 'document' }], 0],
    [['info', { within: 'document' }], 'info'],
  ])('%j is severity %j', (entry, severity) => {
    write('planlint.config.json', { rules: { 'outcome-evidence': entry } });
    expect(load('plan.md').rules['outcome-evidence']?.severity).toBe(severity);
  });

  test('options are merged over the rule defaults', () => {
    write('planlint.config.json', { rules: { 'outcome-evidence': ['error', { minimum: 'measure' }] } });
    expect(load('plan.md').rules['outcome-evidence']).toEqual({
      severity: 2,
      options: { within: 'section', minimum: 'measure' },
    });
  });

  test('options given again replace earlier ones, not merge with them', () => {
    write('base.json', { rules: { 'outcome-evidence': ['error', { minimum: 'measure' }] } });
    write('planlint.config.json', { extends: './base.json', rules: { 'outcome-evidence': ['warn', { within: 'chapter' }] } });
    expect(load('plan.md').rules['outcome-evidence']).toEqual({
      severity: 1,
      options: { within: 'chapter', minimum: 'commitment' },
    });
  });

  test('--rule settings and --document-type are applied last', () => {
    write('planlint.config.json', {
      rules: { 'outcome-evidence': 'off' },
      overrides: [{ files: ['**'], documentType: 'plan-review' }],
    });
    const resolved = load('plan.md', {
      cliRules: { ...parseRuleFlag('outcome-evidence: ["warn", {"within": "document"}]'), ...parseRuleFlag('plan-dates: off') },
      documentType: 'strategic-plan',
    });
    expect(resolved.documentType).toBe('strategic-plan');
    expect(resolved.rules['outcome-evidence']).toEqual({ severity: 1, options: { within: 'document', minimum: 'commitment' } });
    expect(resolved.rules['plan-dates']?.severity).toBe(0);
  });
});

describe('config errors', () => {
  const file = () => path.join(root, 'planlint.config.json');

  test('name the file relative to the working directory when it is inside it', () => {
    const error = new ConfigError(path.join(process.cwd(), 'planlint.config.json'), 'rules.x', 'is not a known rule');
    expect(error.message).toBe('planlint.config.json: rules.x is not a known rule');
  });

  test('carry the file and JSON path', () => {
    write('planlint.config.json', { rules: { 'outcome-evidence': ['error', { within: 'page' }] } });
    const error = errorOf(() => load('plan.md'));
    expect([error.filePath, error.jsonPath, error.reason]).toEqual([
      file(),
      'rules.outcome-evidence[1].within',
      'must be one of "section", "chapter", "document"',
    ]);
  });

  test.each([
    ['{\n  "rules": {\n    "plan-dates": }\n}', 'invalid JSON at line 3, column 19: Unexpected token "}"'],
    ['{\n  "rules": {},\n}', 'invalid JSON at line 3, column 1: Expected property name in double quotes'],
    ['{ "rules": { "plan-dates": "off" }', 'invalid JSON at line 1, column 35: Unexpected end of input'],
    ['{ "rules": {} "x": 1 }', 'invalid JSON at line 1, column 15: Expected "," or "}" after property value'],
    ['{ "extends": ["a" "b"] }', 'invalid JSON at line 1, column 19: Expected "," or "]" after array element'],
    ['{ "extends": "a\\q" }', 'invalid JSON at line 1, column 16: Bad escape in string'],
    ['{ "extends": "a', 'invalid JSON at line 1, column 14: Unterminated string'],
    ["{ 'rules': {} }", 'invalid JSON at line 1, column 3: Expected property name in double quotes'],
    ['{} {}', 'invalid JSON at line 1, column 4: Unexpected token "{" after the JSON value'],
    ['', 'invalid JSON at line 1, column 1: Unexpected end of input'],
    ['\uFEFF{ "maxFileSize": -}', 'invalid JSON at line 1, column 18: Invalid number'],
  ])('bad JSON %j', (text, reason) => {
    expect(configMessage(text)).toBe(`${file()}: ${reason}`);
  });

  test.each([
    [{ rules: { 'no-such-rule': 'error' } }, 'rules.no-such-rule is not a known rule'],
    [{ rules: { 'outcome-evidence': ['error', { within: 'page' }] } }, 'rules.outcome-evidence[1].within must be one of "section", "chapter", "document"'],
    [{ rules: { 'outcome-evidence': ['error', { withn: 'section' }] } }, 'rules.outcome-evidence[1].withn is not a known option'],
    [{ rules: { 'plan-dates': ['warn', { maxAgeYears: 'three' }] } }, 'rules.plan-dates[1].maxAgeYears must be an integer'],
    [{ rules: { 'plan-dates': ['warn', { maxAgeYears: 0 }] } }, 'rules.plan-dates[1].maxAgeYears must be >= 1'],
    [{ rules: { 'plan-dates': ['warn', 'often'] } }, 'rules.plan-dates[1] must be an object'],
    [{ rules: { 'principle-coverage': ['warn', {}] } }, 'rules.principle-coverage takes no options'],
    [{ rules: { 'plan-dates': ['warn', {}, {}] } }, 'rules.plan-dates must have at most 2 items'],
    [{ rules: { 'plan-dates': [] } }, 'rules.plan-dates must NOT have fewer than 1 items'],
    [{ rules: { 'outcome-evidence': 'eror' } }, `rules.outcome-evidence must be one of ${SEVERITIES}`],
    [{ rules: { 'outcome-evidence': 3 } }, `rules.outcome-evidence must be one of ${SEVERITIES}`],
    [{ rules: { 'outcome-evidence': ['fatal', {}] } }, `rules.outcome-evidence[0] must be one of ${SEVERITIES}`],
    [{ rules: [] }, 'rules must be an object'],
    [
      { documentType: 'strategic plan' },
      'documentType must be one of "strategic-plan", "integration-scheme", "plan-review", "performance-report"',
    ],
    [
      { overrides: [{ files: ['a/**'], documentType: 'scheme' }] },
      'overrides[0].documentType must be one of "strategic-plan", "integration-scheme", "plan-review", "performance-report"',
    ],
    [{ overrides: [{ rules: {} }] }, 'overrides[0].files is required'],
    [{ overrides: [{ files: [], rules: {} }] }, 'overrides[0].files must NOT have fewer than 1 items'],
    [{ overrides: [{ files: 'a/**', rules: { nope: 'off' } }] }, 'overrides[0].rules.nope is not a known rule'],
    [{ overrides: [{ files: 'a/**', extends: 'planlint:all' }] }, 'overrides[0].extends is not a known option'],
    [{ rule: {} }, 'rule is not a known option'],
    [{ extends: 5 }, 'extends must be a string or an array'],
    [{ extends: ['planlint:all', 5] }, 'extends[1] must be a string'],
    [{ maxFileSize: '20MB' }, 'maxFileSize must be an integer'],
    [{ root: 'yes' }, 'root must be a boolean'],
    [[], 'must be an object'],
    [{ extends: 'planlint:recomended' }, `extends "planlint:recomended" is not a known preset; valid presets are ${PRESETS}`],
    [{ extends: ['planlint:all', 'planlint:scheme'] }, `extends[1] "planlint:scheme" is not a known preset; valid presets are ${PRESETS}`],
    [{ extends: ['./missing.json'] }, 'extends[0] "./missing.json" does not exist'],
    [{ extends: ['./package.json'] }, 'extends[0] "./package.json" has no "planlint" key'],
  ])('%j', (content, problem) => {
    write('package.json', { name: 'plans' });
    expect(configMessage(content)).toBe(`${file()}: ${problem}`);
  });

  test('a .planlintrc.json is named as such', () => {
    expect(configMessage({ rules: { 'no-such-rule': 'off' } }, '.planlintrc.json')).toBe(
      `${path.join(root, '.planlintrc.json')}: rules.no-such-rule is not a known rule`,
    );
  });

  test('paths in package.json start at the planlint key', () => {
    expect(configMessage({ name: 'plans', planlint: { rules: { 'no-such-rule': 'off' } } }, 'package.json')).toBe(
      `${path.join(root, 'package.json')}: planlint.rules.no-such-rule is not a known rule`,
    );
  });

  test('an extended file reports its own problems', () => {
    const base = write('base.json', { rules: { 'plan-dates': 'sometimes' } });
    expect(configMessage({ extends: './base.json' })).toBe(`${base}: rules.plan-dates must be one of ${SEVERITIES}`);
  });

  test('a missing --config file', () => {
    const missing = path.join(root, 'missing.json');
    expect(errorOf(() => load('plan.md', { configFile: missing })).message).toBe(`${missing}: config file not found`);
  });

  test('a --config package.json without a planlint key', () => {
    const pkg = write('package.json', { name: 'plans' });
    expect(errorOf(() => load('plan.md', { configFile: pkg })).message).toBe(`${pkg}: has no "planlint" key`);
  });

  test.each([
    ['outcome-evidence: ["error", {"within": "page"}]', '--rule outcome-evidence[1].within must be one of "section", "chapter", "document"'],
    ['no-such-rule: warn', '--rule no-such-rule is not a known rule'],
    ['outcome-evidence: loud', `--rule outcome-evidence must be one of ${SEVERITIES}`],
    ['outcome-evidence: 5', `--rule outcome-evidence must be one of ${SEVERITIES}`],
    ['principle-coverage: ["warn", {}]', '--rule principle-coverage takes no options'],
  ])('--rule %s', (flag, message) => {
    expect(errorOf(() => load('plan.md', { cliRules: parseRuleFlag(flag) })).message).toBe(message);
  });
});

describe('parseRuleFlag', () => {
  test.each([
    ['outcome-evidence: error', { 'outcome-evidence': 'error' }],
    ['outcome-evidence:off', { 'outcome-evidence': 'off' }],
    ['outcome-evidence: info', { 'outcome-evidence': 'info' }],
    [' plan-dates : 2 ', { 'plan-dates': 2 }],
    ['outcome-evidence: "warn"', { 'outcome-evidence': 'warn' }],
    ['outcome-evidence: ["error", {"minimum": "measure"}]', { 'outcome-evidence': ['error', { minimum: 'measure' }] }],
  ])('%s', (flag, expected) => {
    expect(parseRuleFlag(flag)).toEqual(expected);
  });

  const usage = `must look like "rule-id: severity" or 'rule-id: ["severity", { options }]'`;

  test.each([
    ['outcome-evidence', `--rule "outcome-evidence" ${usage}`],
    ['outcome-evidence:', `--rule "outcome-evidence:" ${usage}`],
    [': error', `--rule ": error" ${usage}`],
    [
      'outcome-evidence: ["error", {minimum: "measure"}]',
      '--rule outcome-evidence has invalid JSON at column 30: Expected property name in double quotes',
    ],
    ['outcome-evidence: ["error"', '--rule outcome-evidence has invalid JSON at column 27: Unexpected end of input'],
  ])('rejects %j', (flag, message) => {
    const error = errorOf(() => parseRuleFlag(flag));
    expect(error.message).toBe(message);
    expect(error.filePath).toBe('');
  });
});

describe('buildConfigSchema', () => {
  const validate = new Ajv({ strictTuples: false, allowUnionTypes: true }).compile(buildConfigSchema(rules));

  test('offers one property per rule, with its description', () => {
    const schema = buildConfigSchema(rules) as { definitions: { rules: { properties: Record<string, { description: string }> } } };
    expect(Object.keys(schema.definitions.rules.properties)).toEqual(['outcome-evidence', 'principle-coverage', 'plan-dates']);
    expect(schema.definitions.rules.properties['plan-dates']?.description).toBe('plan-dates rule');
  });

  test('accepts a valid config', () => {
    const valid = validate({
      $schema: './node_modules/planlint/schemas/planlint.config.schema.json',
      extends: ['planlint:recommended', './base.json'],
      documentType: 'strategic-plan',
      rules: { 'outcome-evidence': ['error', { within: 'section' }], 'principle-coverage': 'off', 'plan-dates': 1 },
      overrides: [{ files: ['schemes/**'], documentType: 'integration-scheme', rules: {} }],
      maxFileSize: 20000000,
      root: true,
    });
    expect(validate.errors).toBeNull();
    expect(valid).toBe(true);
  });

  test('rejects an unknown rule id', () => {
    expect(validate({ rules: { 'no-such-rule': 'error' } })).toBe(false);
  });
});
