import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { rules } from '../rules/index.js';
import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { FormatContext } from '../src/format/index.js';
import { DUTIES } from '../src/framework/index.js';
import { formatResults, INPUT_FORMATS, rulesMeta } from '../src/index.js';
import { sniffFormat } from '../src/load/read.js';
import { fixture, ROOT } from './support/cli.js';

const seen = vi.hoisted(() => ({ context: undefined as FormatContext | undefined }));

vi.mock('../src/format/json.js', async (importActual) => {
  const actual = await importActual<typeof import('../src/format/json.js')>();
  return {
    formatJson: (...args: Parameters<typeof actual.formatJson>) => {
      seen.context = (args as unknown[])[1] as FormatContext;
      return actual.formatJson(...args);
    },
  };
});

/** Read through a call: the formatter sets it behind the type checker's back. */
const contextSeen = (): FormatContext | undefined => seen.context;

describe('input formats', () => {
  test('each is registered once, with its extensions and what its locations mean', () => {
    expect(INPUT_FORMATS.map((format) => [format.id, format.extensions, format.locations])).toEqual([
      ['markdown', ['.md', '.markdown'], 'line:column'],
      ['docx', ['.docx'], 'paragraph'],
      ['pdf', ['.pdf'], 'page'],
    ]);
  });

  test('bytes are sorted by content, whatever the name', () => {
    const docx = readFileSync(fixture('strategic-plan-complete.docx'));
    expect(sniffFormat(docx, 'plan.md').id).toBe('docx');
    expect(sniffFormat(Buffer.from('# Plan\n'), 'plan.docx.txt').id).toBe('markdown');
    expect(() => sniffFormat(Buffer.from([1, 0, 2]), 'plan.md')).toThrow('is a binary file, not a Markdown, Word or PDF plan');
  });

  // docs/design.md "Layout": parsers load lazily. mammoth, jszip and saxes are CommonJS, so they show in require's cache.
  test('a Markdown lint loads no Word code; a Word lint does', () => {
    const script = (file: string): string => `
      import { createRequire } from 'node:module';
      const { lintFile } = await import(${JSON.stringify(`${ROOT}/dist/src/index.js`)});
      const result = await lintFile(${JSON.stringify(file)});
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      const word = loaded.filter((path) => /node_modules[\\\\/](mammoth|jszip|saxes)[\\\\/]/.test(path));
      console.log(JSON.stringify({ fatal: result.fatalErrorCount, loaded: loaded.length, word: word.length }));`;
    const run = (file: string): { fatal: number; loaded: number; word: number } => {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script(file)], { cwd: ROOT, encoding: 'utf8' });
      expect(child.stderr).toBe('');
      return JSON.parse(child.stdout) as { fatal: number; loaded: number; word: number };
    };
    const markdown = run(fixture('strategic-plan-complete.md'));
    expect(markdown.fatal).toBe(0);
    expect(markdown.word).toBe(0);
    const word = run(fixture('strategic-plan-complete.docx'));
    expect(word.fatal).toBe(0);
    expect(word.word).toBeGreaterThan(0);
  });
});

describe('rule metadata', () => {
  test.each(rules.map((rule) => [rule.meta.id, rule.meta] as const))('%s names the provisions it enforces', (_id, meta) => {
    expect(meta.provisions?.length).toBeGreaterThan(0);
    for (const provision of meta.provisions ?? []) expect(provision).toMatch(/^(s\d+(\(\w+\))*|SSI \d{4}\/\d+)$/);
  });

  test('statutory-duty enforces exactly the duties it checks', () => {
    expect(rulesMeta['statutory-duty']?.provisions).toEqual(DUTIES.map((duty) => duty.id));
  });

  test.each(rules.map((rule) => [rule.meta.id, rule.meta.docs.url] as const))('%s has an absolute docs URL to a page that exists', (id, url) => {
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('file:');
    expect(existsSync(fileURLToPath(parsed))).toBe(true);
    expect(parsed.pathname.endsWith(`/docs/rules/${id}.md`)).toBe(true);
  });

  test('with a homepage in package.json, the URL is the page in the repository', () => {
    const pkg = { root: '/unused', homepage: 'https://github.com/example/planlint#readme' };
    expect(ruleDocsUrl('outcome-evidence', pkg)).toBe('https://github.com/example/planlint/blob/main/docs/rules/outcome-evidence.md');
    expect(ruleDocsUrl('outcome-evidence', { root: '/opt/planlint' })).toBe('file:///opt/planlint/docs/rules/outcome-evidence.md');
  });

  test('a formatter receives the metadata of every rule, as the API and the CLI pass it', async () => {
    formatResults([], 'json', { color: false, cwd: ROOT });
    expect(Object.keys(contextSeen()?.rulesMeta ?? {})).toEqual(rules.map((rule) => rule.meta.id));
    expect(contextSeen()?.rulesMeta['outcome-coverage']).toMatchObject({
      docs: { url: expect.stringMatching(/^file:\/\//) },
      severity: 'error',
      provisions: expect.arrayContaining(['s29(2)(b)', 's30(2)(b)']),
    });
    seen.context = undefined;
    const { main } = await import('../src/cli/main.js');
    const { PassThrough } = await import('node:stream');
    const stdout = new PassThrough();
    const code = await main(['--format', 'json', fixture('strategic-plan-complete.md')], {
      stdout,
      stderr: new PassThrough(),
      readStdin: () => Promise.resolve(Buffer.alloc(0)),
      cwd: ROOT,
      env: {},
    });
    expect(code).toBe(0);
    expect(Object.keys(contextSeen()?.rulesMeta ?? {})).toEqual(rules.map((rule) => rule.meta.id));
  });
});
