import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintText } from '../../src/core/lint.js';
import { dutyById } from '../../src/framework/index.js';
import { rulesMetaOf } from '../../src/format/names.js';
import { hover, provisionInWords } from '../../src/lsp/hover.js';
import { coverageLenses, coverageSummary, coverageSymbols, REVEAL } from '../../src/lsp/lens.js';

const rulesMeta = rulesMetaOf(rules);
const lint = (text: string) => lintText(text, { filePath: '/plans/plan.md', rules });
const GAPS = readFileSync('fixtures/strategic-plan-gaps.md', 'utf8');
const gaps = { uri: 'file:///plans/plan.md', text: GAPS, result: lint(GAPS) };

describe('hover', () => {
  test('every finding at the place: its message, what would satisfy it, the provisions in plain words, the docs', () => {
    const found = hover(gaps, { line: 48, character: 5 }, rulesMeta);
    const value = (found?.contents as { kind: string; value: string }).value;
    const sections = value.split('\n\n---\n\n');
    expect(sections.map((section) => section.split('\n')[0])).toEqual([
      '**Outcome 6 (unpaid carers) is not addressed anywhere**',
      '**Outcome 8 (engaged workforce) is not addressed anywhere**',
      '**s29(2)(b): the plan does not set out how its arrangements serve 2 of the 9 outcomes**',
    ]);
    const [coverage] = sections;
    const finding = gaps.result.messages.find((message) => message.message.startsWith('Outcome 6'))!;
    expect(coverage).toContain(`*What would satisfy it:* ${finding.help!.replace(/([\\`*_{}[\]<>#|])/g, '\\$1')}`);
    expect(coverage).toContain(`- s29(2)(b): ${dutyById('s29(2)(b)')!.summary.split(': not only')[0]}`);
    expect(coverage).toContain('- s30(2)(b): In preparing the strategic plan the Integration Authority has regard to the national health and wellbeing outcomes');
    expect(coverage).toContain(`[Documentation for outcome-coverage](${rulesMeta['outcome-coverage']!.docs.url})`);
    expect(found?.range).toEqual({ start: { line: 48, character: 0 }, end: { line: 48, character: 19 } });
  });

  test('every provision a built-in rule cites has its plain words', () => {
    const cited = new Set(rules.flatMap((rule) => rule.meta.provisions ?? []));
    expect([...cited].filter((provision) => !provisionInWords(provision))).toEqual([]);
  });

  test('no finding at the place: no hover', () => {
    expect(hover(gaps, { line: 2, character: 0 }, rulesMeta)).toBeNull();
  });
});

describe('coverage summary', () => {
  test('a strategic plan: outcomes addressed and evidenced, principles addressed, and the type it was judged as', () => {
    const statuses = gaps.result.coverage!;
    const count = (entries: { status: string }[], ...wanted: string[]) => entries.filter((entry) => wanted.includes(entry.status)).length;
    const summary = `Outcomes ${count(statuses.outcomes, 'mentioned', 'evidenced')}/9 addressed, ${count(statuses.outcomes, 'evidenced')} evidenced · principles ${count(statuses.principles, 'mentioned', 'evidenced')}/13`;
    expect(summary).toBe('Outcomes 7/9 addressed, 5 evidenced · principles 10/13');
    const [lens] = coverageLenses(gaps, rulesMeta);
    expect(lens?.range.start).toEqual({ line: 0, character: 0 });
    expect(lens?.command?.title).toBe(`${summary} · judged as: strategic plan (from its front matter)`);
    const [symbol] = coverageSymbols(gaps, rulesMeta);
    expect(symbol).toMatchObject({ name: summary, detail: 'judged as: strategic plan (from its front matter)' });
    expect(symbol?.children?.map((child) => child.name)).toContain('Outcome 6: missing');
  });

  test('clicking the lens reveals the first finding about an outcome or principle not evidenced', () => {
    const [lens] = coverageLenses(gaps, rulesMeta);
    expect(lens?.command?.command).toBe(REVEAL);
    // Line 6: "3 delivery principles are not addressed anywhere", the first such finding.
    expect(lens?.command?.arguments).toEqual([gaps.uri, { start: { line: 5, character: 0 }, end: { line: 5, character: 17 } }]);
  });

  test('an integration scheme is held to regard, not evidence: no evidenced count', () => {
    const text = readFileSync('fixtures/integration-scheme.md', 'utf8');
    expect(coverageSummary(lint(text), rulesMeta)).toMatch(/^Outcomes \d\/9 addressed · principles \d+\/13$/);
  });

  test('no lens or symbol for a plan that could not be linted, or a type the outcomes do not apply to', () => {
    const fatal = lint('---\ntitle: [unclosed\n---\n\n# Plan\n');
    expect(fatal.coverage).toBeNull();
    expect(coverageLenses({ uri: 'file:///plans/plan.md', result: fatal }, rulesMeta)).toEqual([]);
    expect(coverageSymbols({ text: '', result: fatal }, rulesMeta)).toEqual([]);
    const elsewhere = { ...rulesMeta, 'outcome-coverage': { ...rulesMeta['outcome-coverage']!, documentTypes: ['integration-scheme' as const] } };
    expect(coverageLenses(gaps, elsewhere)).toEqual([]);
  });
});
