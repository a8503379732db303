import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Rule } from '../src/engine/types.js';
import type { LintResult } from '../src/engine/results.js';
import { main } from '../src/cli/main.js';
import { fixture } from './support/cli.js';

/*
 * Issue part 2: a fault of planlint's own while linting one file is reported
 * as planlint's, with the file and the phase, as a fatal result for that file
 * only; the file beside it is still linted. Faults are injected into a
 * parser, the analysis and a rule, each only for files named bad.*.
 */

const fault = vi.hoisted(() => ({ where: '' }));

const isBad = (uri: string): boolean => /[/\\]bad\.(md|docx)$/.test(uri);

vi.mock('../src/parse/markdown/text.js', async (importActual) => {
  const actual = await importActual<typeof import('../src/parse/markdown/text.js')>();
  return {
    parseMarkdownText: (text: string, uri: string) => {
      if (fault.where === 'markdown' && isBad(uri)) throw new Error('injected parser fault');
      return actual.parseMarkdownText(text, uri);
    },
  };
});

vi.mock('../src/parse/docx/mammoth-tree.js', async (importActual) => {
  const actual = await importActual<typeof import('../src/parse/docx/mammoth-tree.js')>();
  return {
    ...actual,
    // A TypeError in planlint's own Word code, where the reader once blamed the file for every exception.
    paragraphText: (...args: Parameters<typeof actual.paragraphText>) => {
      if (fault.where === 'docx') throw new TypeError("Cannot read properties of undefined (reading 'value')");
      return actual.paragraphText(...args);
    },
  };
});

vi.mock('../src/analysis/index.js', async (importActual) => {
  const actual = await importActual<typeof import('../src/analysis/index.js')>();
  return {
    ...actual,
    analyse: (...args: Parameters<typeof actual.analyse>) => {
      if (fault.where === 'analysis' && isBad(args[0].uri)) throw new RangeError('injected analysis fault');
      return actual.analyse(...args);
    },
  };
});

vi.mock('../rules/index.js', async (importActual) => {
  const actual = await importActual<typeof import('../rules/index.js')>();
  // outcome-evidence as it is, but failing in its end handler on bad.md.
  const wrap = (rule: Rule): Rule => ({
    ...rule,
    create(context) {
      const handlers = rule.create(context);
      return {
        end() {
          if (fault.where === 'rule' && isBad(context.filePath)) throw new TypeError('injected rule fault');
          handlers.end?.();
        },
      };
    },
  });
  return { rules: actual.rules.map((rule) => (rule.meta.id === 'outcome-evidence' ? wrap(rule) : rule)) };
});

interface Run {
  code: number;
  stdout: string;
  stderrLines: string[];
  stderr: string;
}

async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(argv, { stdout, stderr, readStdin: () => Promise.resolve(Buffer.alloc(0)), cwd, env });
  return { code, stdout: out, stderr: err, stderrLines: err.split('\n').filter(Boolean) };
}

const dir = mkdtempSync(join(tmpdir(), 'planlint-internal-'));
copyFileSync(fixture('strategic-plan-complete.md'), join(dir, 'good.md'));
copyFileSync(fixture('strategic-plan-complete.md'), join(dir, 'bad.md'));
copyFileSync(fixture('strategic-plan-complete.docx'), join(dir, 'bad.docx'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  fault.where = '';
});

function resultFor(results: LintResult[], name: string): LintResult {
  const found = results.find((result) => result.filePath === join(dir, name));
  if (!found) throw new Error(`no result for ${name}`);
  return found;
}

describe('a fault of planlint while linting one file', () => {
  test.each([
    { where: 'markdown', file: 'bad.md', phase: 'parse (markdown)', message: 'injected parser fault' },
    { where: 'docx', file: 'bad.docx', phase: 'parse (docx)', message: "Cannot read properties of undefined (reading 'value')" },
    { where: 'analysis', file: 'bad.md', phase: 'analysis', message: 'injected analysis fault' },
    { where: 'rule', file: 'bad.md', phase: 'rule outcome-evidence', message: 'injected rule fault' },
  ] as const)('in $phase: one line naming file and phase, a fatal result for that file only, exit 2', async ({ where, file, phase, message }) => {
    fault.where = where;
    const { code, stdout, stderrLines, stderr } = await run(['--format', 'json', 'good.md', file], dir);
    const line = `internal error while linting ${file} (in ${phase}): ${message} — please report this`;
    expect(code).toBe(2);
    expect(stderrLines).toEqual([`planlint: ${line}`]);
    expect(stderr).not.toMatch(/\n\s+at /);
    const results = JSON.parse(stdout) as LintResult[];
    expect(results).toHaveLength(2);
    const bad = resultFor(results, file);
    expect(bad.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 2, fatal: true, message: line })]);
    expect(bad).toMatchObject({ errorCount: 1, fatalErrorCount: 1, coverage: null });
    const good = resultFor(results, 'good.md');
    expect(good.fatalErrorCount).toBe(0);
    expect(good.coverage?.outcomes).toHaveLength(9);
  });

  test('without a fault the same files lint cleanly, so the faults above are what failed', async () => {
    const { code, stderr } = await run(['--format', 'json', 'good.md', 'bad.md', 'bad.docx'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  test.each([
    { how: '--debug', argv: ['--debug'], env: {} },
    { how: 'PLANLINT_DEBUG=1', argv: [], env: { PLANLINT_DEBUG: '1' } },
  ])('$how adds the stack trace after the line', async ({ argv, env }) => {
    fault.where = 'analysis';
    const { code, stderrLines } = await run([...argv, 'good.md', 'bad.md'], dir, env);
    expect(code).toBe(2);
    expect(stderrLines[0]).toBe('planlint: internal error while linting bad.md (in analysis): injected analysis fault — please report this');
    expect(stderrLines[1]).toBe('RangeError: injected analysis fault');
    expect(stderrLines.slice(2).length).toBeGreaterThan(0);
    expect(stderrLines.slice(2).every((frame) => /^\s+at /.test(frame))).toBe(true);
  });
});
