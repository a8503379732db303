import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixturePlans } from './support/plans.js';
import outcomeEvidence from '../rules/outcome-evidence.js';
import principleEvidence from '../rules/principle-evidence.js';
import { analyse } from '../src/analysis/index.js';
import type { Analysis, EvidenceScope, RequiredLevel } from '../src/analysis/types.js';
import { coverageOf, evidenceRequirements } from '../src/core/coverage.js';
import { lintText } from '../src/core/lint.js';
import type { PlanDocument } from '../src/document/types.js';
import { runRules } from '../src/engine/runner.js';
import type { RuleSetting } from '../src/engine/types.js';
import { parseDocx } from '../src/parse/docx/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';
import { parsePdf } from '../src/parse/pdf/index.js';

/**
 * One verdict: for every sample plan and corpus document and every setting
 * of the evidence rules, a concept is `evidenced` in the coverage exactly
 * when its evidence rule, with those options, is silent about a concept the
 * document addresses. Where the rules do not apply (integration schemes),
 * their options change nothing.
 */
const WITHIN: readonly EvidenceScope[] = ['section', 'chapter', 'document'];
const MINIMUM: readonly RequiredLevel[] = ['commitment', 'measure', 'target'];
const RULES = [outcomeEvidence, principleEvidence];

async function parse(file: string): Promise<PlanDocument> {
  if (file.endsWith('.docx')) return parseDocx(readFileSync(file), file, { maxInflatedSize: Number.MAX_SAFE_INTEGER });
  if (file.endsWith('.pdf')) return parsePdf(readFileSync(file), file);
  return parseMarkdown(readFileSync(file, 'utf8'), file);
}

function settingsFor(within: EvidenceScope, minimum: RequiredLevel): Record<string, RuleSetting> {
  return Object.fromEntries(RULES.map((rule) => [rule.meta.id, { severity: 1, options: { within, minimum } }]));
}

/** The concepts each evidence rule reports, read from the label every one of its messages starts with. */
function flagged(document: PlanDocument, analysis: Analysis, settings: Record<string, RuleSetting>): Set<string> {
  const found = runRules({ filePath: document.uri, document, analysis, rules: RULES, settings });
  return new Set(
    found.map((message) => {
      const concept = /^Outcome (\d) |^Principle "([a-z-]+)"/.exec(message.message);
      if (!concept) throw new Error(`not a concept's finding: ${message.message}`);
      return `${message.ruleId}:${concept[1] ?? concept[2]}`;
    }),
  );
}

const files = fixturePlans();

describe('coverage and the evidence rules reach one verdict', () => {
  const documents = new Map<string, PlanDocument>();
  beforeAll(async () => {
    for (const file of files) documents.set(file, await parse(file));
  });
  let changedBySetting = 0;

  test.each(files)('%s, over every within × minimum', (file) => {
    const document = documents.get(file)!;
    const defaults = coverageOf(document, analyse(document));
    for (const within of WITHIN) {
      for (const minimum of MINIMUM) {
        const settings = settingsFor(within, minimum);
        const analysis = analyse(document, { evidence: evidenceRequirements(RULES, settings) });
        const coverage = coverageOf(document, analysis);
        const reported = flagged(document, analysis, settings);
        const applies = outcomeEvidence.meta.documentTypes!.includes(analysis.documentType);
        const setting = `${within}/${minimum}`;
        for (const [ruleId, entries] of [
          [outcomeEvidence.meta.id, coverage.outcomes],
          [principleEvidence.meta.id, coverage.principles],
        ] as const) {
          for (const entry of entries) {
            const silent = !reported.has(`${ruleId}:${entry.id}`);
            if (applies) expect(silent, `${setting} ${ruleId} ${entry.id} is ${entry.status}`).toBe(entry.status !== 'mentioned');
            else expect(silent, `${setting} ${ruleId} ${entry.id}`).toBe(true);
          }
        }
        if (!applies) expect(coverage, setting).toEqual(defaults);
        if (JSON.stringify(coverage) !== JSON.stringify(defaults)) changedBySetting += 1;
      }
    }
  });

  test('the settings change verdicts, so the agreement above is not idle', () => {
    expect(changedBySetting).toBeGreaterThan(files.length);
  });
});

describe('lintText hands the rules’ effective options to the analysis', () => {
  const PLAN = '# Plan\n\n## Carers\n\nWe will double short breaks for unpaid carers (Lead: Carers Lead, by March 2026).\n';
  const carers = (options: Parameters<typeof lintText>[1]) => {
    const result = lintText(PLAN, { filePath: 'plan.md', explain: true, ...options });
    return {
      status: result.coverage!.outcomes.find((outcome) => outcome.id === 6)!.status,
      explained: result.explanation!.concepts.find((concept) => concept.id === 6)!.status,
      required: result.explanation!.requirements.outcomes,
      findings: result.messages.filter((message) => message.ruleId === 'outcome-evidence').map((message) => message.message),
    };
  };

  test('a commitment is evidence by default', () => {
    expect(carers({})).toEqual({ status: 'evidenced', explained: 'evidenced', required: { within: 'section', minimum: 'commitment' }, findings: [] });
  });

  test('where a target is required, the coverage, the explanation and the finding all say the commitment falls short', () => {
    expect(carers({ ruleOverrides: { 'outcome-evidence': ['warn', { minimum: 'target' }] } })).toEqual({
      status: 'mentioned',
      explained: 'mentioned',
      required: { within: 'section', minimum: 'target' },
      findings: [
        'Outcome 6 (unpaid carers) has no evidence at the level "target"',
      ],
    });
  });

  test('a rule turned off, or not applying to the document type, leaves its default requirement', () => {
    const off = carers({ ruleOverrides: { 'outcome-evidence': ['off', { minimum: 'target' }] } });
    expect(off).toMatchObject({ status: 'evidenced', required: { minimum: 'commitment' }, findings: [] });
    const scheme = carers({ documentType: 'integration-scheme', ruleOverrides: { 'outcome-evidence': ['warn', { minimum: 'target' }] } });
    expect(scheme).toMatchObject({ status: 'evidenced', required: { minimum: 'commitment' }, findings: [] });
  });
});
