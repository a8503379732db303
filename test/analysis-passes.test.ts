import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { runPasses, type Pass, type PassName } from '../src/analysis/pass.js';
import { PARAPHRASE } from '../src/analysis/paraphrase.js';
import { PASSES } from '../src/analysis/passes/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const PLANS = ['fixtures/strategic-plan-complete.md', 'fixtures/strategic-plan-gaps.md', 'fixtures/catalogue-only.md', 'fixtures/plan-review.md'];

/** An output as data: Maps and Sets as entries, functions and class instances (caches, the scorer) left out. */
function snapshot(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map) return { map: [...item.entries()] };
    if (item instanceof Set) return { set: [...item] };
    if (typeof item === 'function') return undefined;
    if (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.getPrototypeOf(item) !== Object.prototype) return undefined;
    return item;
  });
}

describe('analysis passes', () => {
  test('each pass reads only outputs of passes before it, and names its own once', () => {
    const seen = new Set<PassName>();
    for (const pass of PASSES) {
      for (const read of pass.reads) expect(seen.has(read), `${pass.name} reads ${read}`).toBe(true);
      expect(seen.has(pass.name), pass.name).toBe(false);
      seen.add(pass.name);
    }
  });

  test('a list that reads an output before it is produced is refused', () => {
    const [tokens, ...rest] = PASSES;
    const document = parseMarkdown('# Plan\n', 'plan.md');
    expect(() => runPasses([...rest, tokens!] as Pass[], { document, settings: {}, paraphrase: PARAPHRASE })).toThrow(/reads "tokens", which no earlier pass produces/);
  });

  test.each(PLANS)('no pass changes an earlier pass’s output (%s)', (file) => {
    const document = parseMarkdown(readFileSync(file, 'utf8'), file);
    const taken = new Map<PassName, string>();
    const outputs = runPasses(
      PASSES.map((pass) => ({
        ...pass,
        run: (context, inputs) => {
          const output = pass.run(context, inputs);
          taken.set(pass.name, snapshot(output));
          return output;
        },
      })),
      { document, settings: {}, paraphrase: PARAPHRASE },
    );
    for (const pass of PASSES) expect(snapshot(outputs[pass.name]), pass.name).toBe(taken.get(pass.name));
  });

  test('the analysis is what the passes produced', () => {
    const document = parseMarkdown(readFileSync(PLANS[0]!, 'utf8'), PLANS[0]!);
    const analysis = analyse(document);
    const outputs = runPasses(PASSES, { document, settings: {}, paraphrase: PARAPHRASE });
    expect(snapshot(analysis.outcomes)).toBe(snapshot(outputs.verdicts.outcomes));
    expect(snapshot(analysis.signals)).toBe(snapshot(outputs.signals));
    expect(snapshot(analysis.mappings)).toBe(snapshot(outputs.mappings));
  });
});
