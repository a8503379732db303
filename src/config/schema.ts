import { DOCUMENT_TYPES } from '../document/types.js';
import { SEVERITIES } from '../engine/severity.js';
import type { JsonSchema, Rule } from '../engine/types.js';

/**
 * The JSON Schema of a config file, built from the rules themselves so that
 * validation and editor completion cannot drift from them (markdownlint does
 * the same). `schemas/planlint.config.schema.json` is this, for the built-in
 * rules.
 */
export function buildConfigSchema(rules: readonly Rule[]): JsonSchema {
  const layer = {
    documentType: { $ref: '#/definitions/documentType' },
    maxFileSize: {
      description: 'Largest file, in bytes, that planlint will read.',
      type: 'integer',
      minimum: 1,
    },
    rules: { $ref: '#/definitions/rules' },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'planlint configuration',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      root: {
        description: 'Accepted for ESLint habits; discovery already stops at the nearest config file.',
        type: 'boolean',
      },
      extends: {
        description:
          'Presets (planlint:recommended, planlint:all, planlint:<document type>) or paths to config files, relative to this one. Later entries win.',
        type: ['string', 'array'],
        items: { type: 'string' },
      },
      ...layer,
      overrides: {
        description: 'Settings for files matching globs relative to this config file; later overrides win.',
        type: 'array',
        items: {
          type: 'object',
          properties: {
            files: { type: ['string', 'array'], items: { type: 'string' }, minItems: 1 },
            ...layer,
          },
          required: ['files'],
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
    definitions: {
      severity: {
        description: '"off" or 0, "info" (shown, never failing a run), "warn" or 1, "error" or 2.',
        enum: [...SEVERITIES],
      },
      documentType: {
        description: 'What kind of document the files are, instead of detecting it.',
        enum: [...DOCUMENT_TYPES],
      },
      rules: {
        type: 'object',
        properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleEntrySchema(rule)])),
        additionalProperties: false,
      },
    },
  };
}

/**
 * A severity, or `[severity, options]` for rules that take options. Written
 * as if/then/else rather than anyOf so that a bad value fails one branch
 * only and the error names the real problem.
 */
function ruleEntrySchema(rule: Rule): JsonSchema {
  const items: JsonSchema[] = [{ $ref: '#/definitions/severity' }];
  if (rule.meta.schema) items.push(rule.meta.schema);
  return {
    description: rule.meta.docs.description,
    if: { type: 'array' },
    then: { type: 'array', items, minItems: 1, additionalItems: false },
    else: { $ref: '#/definitions/severity' },
  };
}
