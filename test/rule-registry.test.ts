import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { buildConfigSchema } from '../src/config/index.js';

/** ESLint's house rule: a rule without its doc page, test file and index entry does not ship. */
describe('every rule', () => {
  const ruleFiles = readdirSync('rules').filter((name) => name.endsWith('.ts') && name !== 'index.ts');

  test('every rule file is in the index, and nothing else is', () => {
    expect(rules.map((rule) => `${rule.meta.id}.ts`).sort()).toEqual(ruleFiles.sort());
  });

  test.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s has a doc page, tests and messages', (id, rule) => {
    // package.json has no homepage, so the page is the one shipped in the package.
    expect(rule.meta.docs.url).toBe(pathToFileURL(resolve(`docs/rules/${id}.md`)).href);
    const page = fileURLToPath(rule.meta.docs.url);
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, 'utf8')).toMatch(new RegExp(`^# ${id}\\n`));
    expect(existsSync(`test/rules/${id}.test.ts`)).toBe(true);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(readFileSync('docs/rules/README.md', 'utf8')).toContain(`(${id}.md)`);
  });

  test('the published config schema is generated from the rules (run `npm run schema` after changing a rule)', () => {
    const published = JSON.parse(readFileSync('schemas/planlint.config.schema.json', 'utf8')) as unknown;
    expect(published).toEqual(buildConfigSchema(rules));
  });
});
