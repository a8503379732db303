import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { lintText } from '../src/core/lint.js';
import { toRuleSeverity } from '../src/engine/severity.js';
import { formatResults } from '../src/format/index.js';

/**
 * remark-lint's habit: the examples in each rule's page are run as tests, so
 * the docs cannot drift from what the rule reports.
 */
interface Example {
  kind: 'ok' | 'not-ok';
  code: string;
  /** For not-ok examples, the stylish rows shown after it. */
  output?: string[];
}

const FENCE = /^```(\S*)(?: (\S+))?\n([\s\S]*?)^```$/gm;

function examplesOf(page: string): Example[] {
  const fences = [...page.matchAll(FENCE)].map((match) => ({ lang: match[1], tag: match[2], body: match[3] ?? '' }));
  const examples: Example[] = [];
  fences.forEach((fence, index) => {
    if (fence.lang !== 'markdown' || (fence.tag !== 'ok' && fence.tag !== 'not-ok')) return;
    const next = fences[index + 1];
    const output = fence.tag === 'not-ok' && next?.lang === 'text' ? rows(next.body) : undefined;
    examples.push({ kind: fence.tag, code: fence.body, ...(output ? { output } : {}) });
  });
  return examples;
}

const rows = (text: string) => text.split('\n').map((line) => line.trimEnd()).filter(Boolean);

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  const examples = examplesOf(readFileSync(`docs/rules/${id}.md`, 'utf8'));

  test('has ok and not-ok examples', () => {
    expect(examples.some((example) => example.kind === 'ok')).toBe(true);
    expect(examples.some((example) => example.kind === 'not-ok' && example.output)).toBe(true);
  });

  test.each(examples.map((example, index) => [index + 1, example] as const))('example %i', (_, example) => {
    const severity = toRuleSeverity(rule.meta.severity);
    const result = lintText(example.code, {
      filePath: 'example.md',
      rules: [rule],
      config: {
        rules: { [id]: { severity, options: { ...rule.meta.defaultOptions } } },
        maxFileSize: Number.POSITIVE_INFINITY,
        configFiles: [],
      },
    });
    if (example.kind === 'ok') {
      expect(result.messages).toEqual([]);
      return;
    }
    const printed = rows(formatResults([result], 'stylish', { color: false, cwd: '.' }))
      .filter((line) => /^\s+\d+:\d+\s/.test(line));
    expect(printed).toEqual(example.output);
  });
});
