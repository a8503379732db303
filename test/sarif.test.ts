import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { Log, Result, Run } from 'sarif';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import type { LintMessage, LintResult } from '../src/engine/results.js';
import { formatResults, rulesMetaOf } from '../src/format/index.js';
import { MAX_SARIF_RESULTS } from '../src/format/sarif.js';
import { FIXTURES, ROOT, removeDir, runCli, runJson, tempDir, type JsonResult } from './support/cli.js';

/*
 * The consumer of `--format sarif` is GitHub code scanning, which checks an
 * upload against the SARIF 2.1.0 schema: every report here is validated
 * against the committee's schema (test/fixtures/sarif), formats included.
 */

const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object);

function expectValid(log: unknown): asserts log is Log {
  validate(log);
  expect(validate.errors ?? []).toEqual([]);
}

const PLANS = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.md') || name.endsWith('.docx'))
  .filter((name) => name !== 'README.md')
  .sort()
  .map((name) => `fixtures/${name}`);

/** Every sample plan is linted twice (SARIF, then JSON to compare with): far over the default hook time on a busy shared machine. */
const LINTS_ALL_PLANS_TWICE = 120_000;

let out: string;
beforeAll(() => {
  out = tempDir();
});
afterAll(() => {
  removeDir(out);
});

/** Runs planlint with `--format sarif -o FILE`, as a CI step would, and reads the file back. */
async function sarifOf(args: readonly string[], cwd = ROOT): Promise<{ status: number | null; stdout: string; log: Log; run: Run }> {
  const file = path.join(out, `report-${Math.random().toString(36).slice(2)}.sarif`);
  const run = await runCli(['--format', 'sarif', '-o', file, ...args], { cwd });
  const log = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  expectValid(log);
  return { status: run.status, stdout: run.stdout, log, run: log.runs[0]! };
}

/** The findings of a JSON run that SARIF reports as results: reported and suppressed, not fatal, with a rule. */
function findingsOf(results: readonly JsonResult[]): { file: string; message: LintMessage; suppressed: boolean }[] {
  return results.flatMap((result) => [
    ...result.messages
      .filter((message) => message.ruleId !== null && !message.fatal)
      .map((message) => ({ file: result.filePath, message, suppressed: false })),
    ...result.suppressedMessages.map((message) => ({ file: result.filePath, message, suppressed: true })),
  ]);
}

const fingerprint = (result: Result) => result.partialFingerprints?.['planlintFinding/v1'];

describe('sarif over the sample plans', () => {
  let report: Awaited<ReturnType<typeof sarifOf>>;
  let json: JsonResult[];
  beforeAll(async () => {
    report = await sarifOf(PLANS);
    json = (await runJson(PLANS)).results;
  }, LINTS_ALL_PLANS_TWICE);

  test('is one valid SARIF 2.1.0 run, written to the file and not to stdout', () => {
    expect(report.log.version).toBe('2.1.0');
    expect(report.log.runs).toHaveLength(1);
    expect(report.stdout).toBe('');
    expect(report.status).toBe(1);
  });

  test('describes the tool and every rule it has, with help, docs, level and provisions, and no security severity', () => {
    const { driver } = report.run.tool;
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(driver.name).toBe('planlint');
    expect(driver.version).toBe(manifest.version);
    expect(new URL(driver.informationUri!).protocol).toMatch(/^(?:https?|file):$/);
    expect(driver.rules!.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
    for (const [index, descriptor] of driver.rules!.entries()) {
      const { meta } = rules[index]!;
      expect(descriptor.shortDescription!.text).toBe(meta.docs.description);
      expect(descriptor.fullDescription!.text).toContain(meta.docs.description);
      expect(descriptor.helpUri).toBe(meta.docs.url);
      expect(path.isAbsolute(new URL(descriptor.helpUri!).pathname)).toBe(true);
      expect(descriptor.defaultConfiguration!.level).toBe({ error: 'error', warn: 'warning', info: 'note' }[meta.severity]);
      expect(descriptor.properties!['provisions']).toEqual(meta.provisions);
      for (const help of Object.values(meta.help ?? {})) {
        // Filled-in data shows as ‹name›; the rest of the remedy is word for word.
        const fixed = help.split(/\{\{\s*\w+\s*\}\}/u);
        for (const part of fixed) {
          expect(descriptor.help!.text).toContain(part);
          expect(descriptor.help!.markdown).toContain(part);
        }
      }
      expect(descriptor.help!.markdown).toContain(`(${meta.docs.url})`);
    }
    expect(JSON.stringify(report.log)).not.toContain('security-severity');
  });

  test('gives each finding, suppressed ones too, one result with its rule, level, message, place and fingerprint', () => {
    const findings = findingsOf(json);
    const results = report.run.results!;
    expect(results).toHaveLength(findings.length);
    expect(findings.length).toBeGreaterThan(40);
    const rulesById = report.run.tool.driver.rules!;
    for (const [index, result] of results.entries()) {
      const { file, message, suppressed } = findings[index]!;
      expect(result.ruleId).toBe(message.ruleId);
      expect(rulesById[result.ruleIndex!]!.id).toBe(message.ruleId);
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[message.level]);
      expect(result.message.text).toBe(message.message);
      expect(result.locations).toHaveLength(1);
      const { artifactLocation, region } = result.locations![0]!.physicalLocation!;
      expect(artifactLocation).toEqual({ uri: path.relative(ROOT, file).split(path.sep).join('/'), uriBaseId: '%SRCROOT%' });
      const { line, column, endLine, endColumn } = message;
      expect(region).toMatchObject({ startLine: line, startColumn: column, endLine, endColumn });
      expect(region!.startLine).toBeGreaterThanOrEqual(1);
      expect(result.relatedLocations?.map((related) => [related.message!.text, related.physicalLocation!.region!.startLine])).toEqual(
        message.related?.map((related) => [related.message, related.line]),
      );
      expect(fingerprint(result)).toMatch(/^[0-9a-f]{64}$/);
      expect(Boolean(result.suppressions)).toBe(suppressed);
    }
    // Every fingerprint names one finding.
    expect(new Set(results.map(fingerprint)).size).toBe(results.length);
    expect(report.run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  test('a Word finding carries the quote as its snippet and its paragraph by name', () => {
    const word = report.run.results!.filter((result) => result.locations![0]!.physicalLocation!.artifactLocation!.uri!.endsWith('.docx'));
    expect(word.length).toBeGreaterThan(5);
    for (const result of word) {
      const { region } = result.locations![0]!.physicalLocation!;
      expect(region!.snippet!.text).not.toBe('');
      expect(region!.properties).toEqual({ paragraph: region!.startLine });
    }
    const markdown = report.run.results!.filter((result) => result.locations![0]!.physicalLocation!.artifactLocation!.uri!.endsWith('.md'));
    expect(markdown.every((result) => result.locations![0]!.physicalLocation!.region!.snippet === undefined)).toBe(true);
  });

  test("a finding silenced by a Word comment is a result suppressed in source, with the comment's reason", () => {
    const suppressed = report.run.results!.filter((result) => result.suppressions);
    const word = suppressed.find((result) => result.locations![0]!.physicalLocation!.artifactLocation!.uri === 'fixtures/word-strategic-plan.docx');
    expect(word).toMatchObject({
      ruleId: 'outcome-evidence',
      suppressions: [{ kind: 'inSource', justification: 'figures are in the annual report' }],
      locations: [{ physicalLocation: { region: { startLine: 80 } } }],
    });
  });
});

describe('sarif for problems that are not findings', () => {
  test('a file that cannot be linted is a tool execution notification, and the run says it did not succeed', async () => {
    const dir = tempDir({ 'broken.docx': 'PK\u0003\u0004 not really a zip', 'plan.md': '# Plan\n\nSee Outcome 10.\n' });
    try {
      const { run, status } = await sarifOf(['broken.docx', 'plan.md'], dir);
      expect(status).toBe(2);
      const [invocation] = run.invocations!;
      expect(invocation!.executionSuccessful).toBe(false);
      expect(invocation!.toolExecutionNotifications).toMatchObject([
        { level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.docx', uriBaseId: '%SRCROOT%' } } }] },
      ]);
      expect(invocation!.toolExecutionNotifications![0]!.message.text).toMatch(/^broken\.docx: /);
      // The other file is still reported.
      const uris = run.results!.map((result) => result.locations![0]!.physicalLocation!.artifactLocation!.uri);
      expect(uris.length).toBeGreaterThan(0);
      expect(new Set(uris)).toEqual(new Set(['plan.md']));
    } finally {
      removeDir(dir);
    }
  });

  test('an unknown rule in a directive is a tool configuration notification at the directive', async () => {
    const dir = tempDir({ 'plan.md': '# Plan\n\n<!-- planlint-disable outcome-evidnce -->\n\nText.\n' });
    try {
      const { run } = await sarifOf(['plan.md'], dir);
      expect(run.invocations![0]!.toolConfigurationNotifications).toEqual([
        {
          level: 'error',
          message: { text: 'plan.md: Unknown rule "outcome-evidnce" in planlint-disable directive' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'plan.md', uriBaseId: '%SRCROOT%' },
                region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 42 },
              },
            },
          ],
        },
      ]);
      expect(run.results!.every((result) => result.ruleId !== undefined)).toBe(true);
    } finally {
      removeDir(dir);
    }
  });
});

describe('sarif locations', () => {
  test('a name with spaces, # and % is percent-encoded; a file outside the working folder gets its file URL', async () => {
    const dir = tempDir({ 'plans/our plan #2 (100%).md': '# Plan\n\nSee Outcome 10.\n', 'elsewhere.md': '# Plan\n\nSee Outcome 11.\n' });
    try {
      const { run } = await sarifOf(['our plan #2 (100%).md', '../elsewhere.md'], path.join(dir, 'plans'));
      const locations = run.results!.map((result) => result.locations![0]!.physicalLocation!.artifactLocation!);
      expect(locations).toContainEqual({ uri: 'our%20plan%20%232%20(100%25).md', uriBaseId: '%SRCROOT%' });
      const outside = locations.find((location) => location.uri!.endsWith('elsewhere.md'))!;
      expect(outside).toEqual({ uri: new URL(`file://${path.join(dir, 'elsewhere.md')}`).href });
      expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(`${new URL(`file://${path.join(dir, 'plans')}`).href}/`);
    } finally {
      removeDir(dir);
    }
  });

  test('an info finding is a note', async () => {
    const { run } = await sarifOf(['fixtures/document-structure/no-headings.md']);
    const structure = run.results!.filter((result) => result.ruleId === 'document-structure');
    expect(structure.map((result) => result.level)).toEqual(['note']);
  });
});

describe('sarif fingerprints', () => {
  const PLAN = [
    '# Strategic plan',
    '',
    '## Introduction',
    '',
    'This plan supports the national outcomes.',
    '',
    '## Carers',
    '',
    'We will support unpaid carers to look after their own health and wellbeing. See Outcome 10.',
    '',
    '## Workforce',
    '',
    'Staff who work in health and social care are engaged with the work they do and supported to improve it.',
    '',
  ].join('\n');

  async function fingerprints(text: string): Promise<Map<string, { line: number; message: string }>> {
    const dir = tempDir({ 'plan.md': text });
    try {
      const { run } = await sarifOf(['plan.md'], dir);
      return new Map(
        run.results!.map((result) => [
          fingerprint(result)!,
          { line: result.locations![0]!.physicalLocation!.region!.startLine!, message: result.message.text! },
        ]),
      );
    } finally {
      removeDir(dir);
    }
  }

  test('stay the same when unrelated text moves every finding to another line', async () => {
    const before = await fingerprints(PLAN);
    const moved = PLAN.replace(
      'This plan supports the national outcomes.\n',
      'This plan supports the national outcomes.\n\nIt was written over the winter,\nwith a long consultation,\nand agreed by the board.\n',
    );
    const after = await fingerprints(moved);
    expect(before.size).toBeGreaterThan(3);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const movedLines = [...before].filter(([key, place]) => after.get(key)!.line !== place.line);
    expect(movedLines.length).toBeGreaterThan(0);
  });

  test('change when the finding changes, and only for that finding', async () => {
    const before = await fingerprints(PLAN);
    const after = await fingerprints(PLAN.replace('See Outcome 10.', 'See Outcome 12.'));
    const gone = [...before].filter(([key]) => !after.has(key)).map(([, place]) => place.message);
    const added = [...after].filter(([key]) => !before.has(key)).map(([, place]) => place.message);
    expect(gone).toEqual(['Outcome 10 does not exist']);
    expect(added).toEqual(['Outcome 12 does not exist']);
  });

  test('tell twins in one section apart, by their order', () => {
    const twin = (line: number): LintMessage => ({
      ruleId: 'outcome-reference',
      severity: 2,
      level: 'error',
      message: 'Outcome 10 does not exist',
      messageId: 'unknown',
      line,
      column: 5,
      endLine: line,
      endColumn: 15,
      sectionPath: ['Carers'],
    });
    const log = JSON.parse(formatResults([fileResult('/plans/a.md', [twin(3), twin(9)])], 'sarif', context)) as Log;
    const [first, second] = log.runs[0]!.results!;
    expect(fingerprint(first!)).not.toBe(fingerprint(second!));
    const shifted = JSON.parse(formatResults([fileResult('/plans/a.md', [twin(30), twin(90)])], 'sarif', context)) as Log;
    expect(shifted.runs[0]!.results!.map(fingerprint)).toEqual([fingerprint(first!), fingerprint(second!)]);
  });
});

const context = { color: false, cwd: '/plans', rulesMeta: rulesMetaOf(rules) };

function fileResult(filePath: string, messages: LintMessage[]): LintResult {
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
    infoCount: messages.filter((message) => message.severity === 0).length,
    fatalErrorCount: 0,
    coverage: null,
  };
}

describe('sarif within GitHub limits', () => {
  function findings(count: number, level: (index: number) => LintMessage['level']): LintMessage[] {
    return Array.from({ length: count }, (_, index) => ({
      ruleId: 'outcome-reference',
      severity: ({ error: 2, warning: 1, info: 0 } as const)[level(index)],
      level: level(index),
      message: `Outcome ${index + 10} does not exist`,
      messageId: 'unknown',
      line: index + 1,
      column: 1,
      endLine: index + 1,
      endColumn: 11,
      sectionPath: [],
    }));
  }

  test(`a run of exactly ${MAX_SARIF_RESULTS.toLocaleString('en-GB')} results is whole`, () => {
    const log = JSON.parse(formatResults([fileResult('/plans/a.md', findings(MAX_SARIF_RESULTS, () => 'error'))], 'sarif', context)) as unknown;
    expectValid(log);
    const [run] = log.runs;
    expect(run!.results).toHaveLength(MAX_SARIF_RESULTS);
    expect(run!.properties).toBeUndefined();
    expect(run!.invocations).toEqual([{ executionSuccessful: true }]);
  });

  test('a larger run is cut to the limit, errors kept before warnings and notes, and says so', () => {
    // Warnings first in the file, then errors, so keeping the first results would keep the wrong ones.
    const messages = findings(MAX_SARIF_RESULTS + 10, (index) => (index < 10 ? 'info' : index < 20 ? 'warning' : 'error'));
    const log = JSON.parse(formatResults([fileResult('/plans/a.md', messages)], 'sarif', context)) as unknown;
    expectValid(log);
    const [run] = log.runs;
    const levels = run!.results!.map((result) => result.level);
    expect(levels).toHaveLength(MAX_SARIF_RESULTS);
    expect(levels.filter((level) => level === 'error')).toHaveLength(MAX_SARIF_RESULTS - 10);
    expect(levels.filter((level) => level === 'warning')).toHaveLength(10);
    expect(levels).not.toContain('note');
    // In the file's order still.
    expect(run!.results![0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(11);
    expect(run!.properties).toEqual({ resultsTotal: MAX_SARIF_RESULTS + 10, resultsOmitted: 10 });
    expect(run!.invocations![0]!.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: {
          text:
            '10 of 25,010 results were left out: GitHub code scanning takes at most 25,000 a run. ' +
            'Errors were kept first, then warnings, notes and suppressed findings.',
        },
      },
    ]);
    // Cutting results is no failure of the tool.
    expect(run!.invocations![0]!.executionSuccessful).toBe(true);
  });
});
