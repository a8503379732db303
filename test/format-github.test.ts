import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LintMessage, LintResult } from '../src/engine/results.js';
import { escapeData, escapeProperty } from '../src/format/github.js';
import { formatResults } from '../src/format/index.js';
import { formatStepSummary, STEP_SUMMARY_LIMIT } from '../src/format/step-summary.js';
import { lintFile, rulesMeta } from '../src/index.js';
import { fixture, ROOT, runCli, tempDir } from './support/cli.js';

/*
 * GitHub's workflow command grammar, written from its documentation
 * ("Workflow commands for GitHub Actions": `::error file={name},line={line},
 * endLine={endLine},title={title}::{message}`) and the runner's parser
 * (ActionCommand.TryParseV2): the command name, a space, properties as
 * `key=value` separated by commas, `::`, then the message. The runner
 * unescapes `%0D`, `%0A`, `%3A`, `%2C` and last `%25` in property values,
 * and `%0D`, `%0A` and `%25` in the message.
 */
const COMMAND = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/u;
const KEYS = new Set(['file', 'line', 'endLine', 'col', 'endColumn', 'title']);

interface Command {
  name: string;
  properties: Record<string, string>;
  message: string;
}

function unescapeProperty(text: string): string {
  return text.replace(/%0D/gu, '\r').replace(/%0A/gu, '\n').replace(/%3A/gu, ':').replace(/%2C/gu, ',').replace(/%25/gu, '%');
}

function unescapeData(text: string): string {
  return text.replace(/%0D/gu, '\r').replace(/%0A/gu, '\n').replace(/%25/gu, '%');
}

function parseCommand(line: string): Command | undefined {
  const match = COMMAND.exec(line);
  if (!match) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const equals = pair.indexOf('=');
    const key = pair.slice(0, equals);
    if (equals <= 0 || !KEYS.has(key) || key in properties) throw new Error(`bad property "${pair}" in ${line}`);
    properties[key] = unescapeProperty(pair.slice(equals + 1));
  }
  return { name: match[1]!, properties, message: unescapeData(match[3]!) };
}

/** Every line of the output but the count at the end is a command the runner reads. */
function commands(output: string): Command[] {
  const lines = output.split('\n');
  expect(lines.pop()).toBe('');
  expect(lines.pop()).toMatch(/^\d+ problems? \(/u);
  return lines.map((line) => {
    const command = parseCommand(line);
    if (!command) throw new Error(`not a workflow command: ${line}`);
    return command;
  });
}

const LEVELS = { 0: 'info', 1: 'warning', 2: 'error' } as const;

function message(fields: Partial<LintMessage> & Pick<LintMessage, 'line' | 'column' | 'message'>): LintMessage {
  return { ruleId: 'outcome-coverage', severity: 2, level: LEVELS[fields.severity ?? 2], endLine: fields.line, endColumn: fields.column + 1, sectionPath: [], ...fields };
}

function result(filePath: string, messages: LintMessage[], coverage: LintResult['coverage'] = null): LintResult {
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    infoCount: messages.filter((m) => m.level === 'info').length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    coverage,
  };
}

const github = (results: LintResult[], cwd = '/repo') => formatResults(results, 'github', { color: false, cwd, rulesMeta });

describe('--format github', () => {
  test('escapes as @actions/core does', () => {
    expect(escapeData('100% done:\r\nyes, no')).toBe('100%25 done:%0D%0Ayes, no');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  test('file names and messages with %, CR, LF, colons and commas come back whole through the runner grammar', () => {
    const name = 'plans/100%: a,b\r\nc.md';
    const text = 'Outcome 6: 50% of carers, then\r\nmore::still the message';
    const [command] = commands(github([result(`/repo/${name}`, [message({ line: 3, column: 2, message: text, ruleId: 'odd:rule,id' })])]));
    expect(command).toEqual({
      name: 'error',
      properties: { file: name, line: '3', endLine: '3', col: '2', endColumn: '3', title: 'odd:rule,id' },
      message: text,
    });
  });

  test('columns only when the finding starts and ends on one line; info is a notice; a fatal error is titled planlint', () => {
    const found = commands(
      github([
        result('/repo/a.md', [
          message({ line: 4, column: 5, endLine: 9, endColumn: 2, severity: 1, message: 'spans lines' }),
          message({ line: 1, column: 1, severity: 0, ruleId: 'document-structure', message: 'inferred headings' }),
          message({ line: 1, column: 1, ruleId: null, fatal: true, message: 'Cannot read file' }),
        ]),
      ]),
    );
    expect(found.map((command) => [command.name, command.properties])).toEqual([
      ['warning', { file: 'a.md', line: '4', endLine: '9', title: 'outcome-coverage' }],
      ['notice', { file: 'a.md', line: '1', endLine: '1', col: '1', endColumn: '2', title: 'document-structure' }],
      ['error', { file: 'a.md', line: '1', endLine: '1', col: '1', endColumn: '2', title: 'planlint' }],
    ]);
  });

  test('a Word finding says its line is the paragraph and quotes it; help, section and related places follow the message', () => {
    const [command] = commands(
      github([
        result('/repo/plan.docx', [
          message({
            line: 27,
            column: 1,
            message: 'Outcome 6 (unpaid carers) is not addressed anywhere',
            help: 'Say how the arrangements contribute to it.',
            sectionPath: ['Our priorities', 'Carers'],
            quote: 'Services will be planned…',
            related: [{ message: 'also here', line: 30, column: 4, endLine: 30, endColumn: 9 }],
          }),
        ]),
      ]),
    );
    expect(command!.properties['line']).toBe('27');
    expect(command!.message.split('\n')).toEqual([
      'Outcome 6 (unpaid carers) is not addressed anywhere',
      'Say how the arrangements contribute to it.',
      'paragraph 27 (the line number counts paragraphs) · Our priorities › Carers · "Services will be planned…"',
      '30:4 also here',
    ]);
  });

  test('nothing to say prints nothing; a name that is not a path is kept as given', () => {
    expect(github([result('/repo/a.md', [])])).toBe('');
    expect(commands(github([result('<stdin>', [message({ line: 1, column: 1, message: 'x' })])]))[0]!.properties['file']).toBe('<stdin>');
  });

  test('a real lint gives one command per finding, each at the finding’s file, line and level', async () => {
    const files = ['strategic-plan-gaps.md', 'strategic-plan-gaps.docx'].map(fixture);
    const results = await Promise.all(files.map((file) => lintFile(file, { explain: true })));
    const found = commands(github(results, ROOT));
    const expected = results.flatMap((item) =>
      item.messages.map((m) => [{ error: 'error', warning: 'warning', info: 'notice' }[m.level], path.relative(ROOT, item.filePath), String(m.line), m.ruleId]),
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(found.map((command) => [command.name, command.properties['file'], command.properties['line'], command.properties['title']])).toEqual(expected);
  });
});

describe('the job summary', () => {
  const coverage: LintResult['coverage'] = {
    documentType: 'strategic-plan',
    documentTypeSource: 'detected',
    documentTypeEvidence: { from: 'title', confidence: 'strong' },
    outcomes: [
      { id: 1, status: 'evidenced', locations: [{ line: 3, column: 1 }] },
      { id: 6, status: 'missing', locations: [] },
    ],
    principles: [{ id: 'rights', status: 'mentioned', locations: [{ line: 9, column: 4 }] }],
  };
  const flawed = result('/repo/plans/a|b*_[x].md', [message({ line: 3, column: 1, message: 'Outcome 6 is not addressed' })], coverage);

  test('counts every file and gives each file’s coverage, with names taken literally', () => {
    const summary = formatStepSummary([flawed, result('/repo/gone.md', [message({ line: 1, column: 1, ruleId: null, fatal: true, message: 'does not exist' })])], { cwd: '/repo' }, STEP_SUMMARY_LIMIT);
    expect(summary).toContain('2 problems (2 errors, 0 warnings) in 2 files.');
    expect(summary).toContain('| plans/a\\|b\\*\\_\\[x\\].md | strategic plan (from the title) | 1 | 0 | 0 | 1 / 0 / 1 | 0 / 1 / 0 |');
    expect(summary).toContain('| gone.md | not linted: does not exist | 1 | 0 | 0 |  |  |');
    expect(summary).toContain('<details><summary>plans/a|b*_[x].md: 1 of 2 outcomes and 0 of 1 principles evidenced</summary>');
    expect(summary).toContain('| Outcome 6 | 🔴 **missing** |');
    expect(summary).toContain('| Principle "rights" | 🟡 mentioned |');
    expect(summary).not.toContain('stops here');
  });

  test('past the limit it stops at a whole part, says so, and stays within the bytes it was given', () => {
    const many = Array.from({ length: 400 }, (_, index) => ({ ...flawed, filePath: `/repo/plans/plan-${index}.md` }));
    const whole = formatStepSummary(many, { cwd: '/repo' }, STEP_SUMMARY_LIMIT);
    const limit = Math.floor(Buffer.byteLength(whole) / 3);
    const cut = formatStepSummary(many, { cwd: '/repo' }, limit);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(limit);
    expect(whole.startsWith(cut.slice(0, cut.indexOf('\n\n> [!NOTE]')))).toBe(true);
    expect(cut).toMatch(/The summary stops here: GitHub takes at most 1 MiB of job summary a step\. It shows 400 of 400 files in the table and \d+ of 400 coverage matrices\./u);
    expect(cut.trimEnd().endsWith('for a report of every file.')).toBe(true);
    expect(formatStepSummary(many, { cwd: '/repo' }, 10)).toBe('');
  });

  test('the CLI appends it to the file GITHUB_STEP_SUMMARY names, after what the step wrote there', async () => {
    const dir = tempDir({ 'summary.md': '# Earlier step\n' });
    const file = path.join(dir, 'summary.md');
    const run = await runCli(['--format', 'github', fixture('strategic-plan-gaps.md')], { env: { GITHUB_STEP_SUMMARY: file } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=fixtures\/strategic-plan-gaps\.md,/mu);
    const written = fs.readFileSync(file, 'utf8');
    expect(written.startsWith('# Earlier step\n## planlint\n')).toBe(true);
    expect(written).toContain('| Outcome 6 (unpaid carers) | 🔴 **missing** |');
    // Another format leaves it alone.
    await runCli(['--format', 'json', fixture('strategic-plan-gaps.md')], { env: { GITHUB_STEP_SUMMARY: file } });
    expect(fs.readFileSync(file, 'utf8')).toBe(written);
  });

  test('a summary that cannot be written costs one line on stderr, not the run', async () => {
    const dir = tempDir();
    const run = await runCli(['--format', 'github', fixture('strategic-plan-complete.md')], { env: { GITHUB_STEP_SUMMARY: dir } });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^planlint: cannot write the job summary to .*\n$/u);
  });
});
