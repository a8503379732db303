import { describe, expect, test } from 'vitest';
import type { LintMessage, LintResult } from '../src/engine/results.js';
import { FORMAT_NAMES, formatResults, isFormatName } from '../src/format/index.js';

const plain = { color: false, cwd: '/plans' };
const colored = { color: true, cwd: '/plans' };


const LEVELS = { 0: 'info', 1: 'warning', 2: 'error' } as const;

function message(fields: Partial<LintMessage> & Pick<LintMessage, 'line' | 'column' | 'message'>): LintMessage {
  return {
    ruleId: 'outcome-coverage',
    severity: 2,
    level: LEVELS[fields.severity ?? 2],
    endLine: fields.line,
    endColumn: fields.column + 1,
    sectionPath: [],
    ...fields,
  };
}

function result(filePath: string, messages: LintMessage[]): LintResult {
  const fatal = messages.filter((m) => m.fatal).length;
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    infoCount: messages.filter((m) => m.level === 'info').length,
    fatalErrorCount: fatal,
    coverage:
      fatal > 0
        ? null
        : {
            documentType: 'strategic-plan',
            documentTypeSource: 'detected',
            outcomes: [{ id: 6, status: 'mentioned', locations: [{ line: 3, column: 1 }] }],
            principles: [{ id: 'b', status: 'missing', locations: [] }],
          },
  };
}

const flawed = result('/plans/a.md', [
  message({ line: 3, column: 1, message: 'Outcome 6 is not addressed.' }),
  message({
    line: 12,
    column: 140,
    severity: 1,
    ruleId: 'measurable-commitment',
    messageId: 'noTarget',
    message: 'No measurable target for this commitment',
    sectionPath: ['Our priorities', 'Carers'],
  }),
  message({
    line: 40,
    column: 7,
    ruleId: 'principle-coverage',
    message: 'Principle (b) is not addressed',
    sectionPath: ['Our priorities'],
  }),
]);

const clean = result('/plans/b.md', []);

const unstructured = result('/plans/e.md', [
  message({ line: 1, column: 1, severity: 0, ruleId: 'document-structure', messageId: 'inferred', message: 'The document has no headings; planlint inferred 6' }),
  message({ line: 9, column: 3, severity: 1, ruleId: 'outcome-evidence', message: 'Outcome 2 (independent living) is addressed without evidence' }),
]);

const infoOnly = result('/plans/f.md', [unstructured.messages[0]!]);

const unreadable = result('/plans/c.docx', [
  message({ line: 1, column: 1, ruleId: null, fatal: true, message: 'Cannot read file: not a Word document' }),
]);

const word = result('/plans/d.docx', [
  message({
    line: 4,
    column: 12,
    severity: 1,
    ruleId: 'measurable-commitment',
    message: 'No measurable target for this commitment',
    sectionPath: ['Our priorities', 'Carers'],
    quote: 'We will support carers…',
  }),
  message({
    line: 27,
    column: 1,
    ruleId: 'principle-coverage',
    message: 'Principle (b) is not addressed',
    sectionPath: ['Our priorities'],
    quote: 'Services will be planned…',
  }),
]);

const stylish = (results: LintResult[], options: { color: boolean; cwd: string; width?: number } = plain) => formatResults(results, 'stylish', options);

describe('registry', () => {
  test('knows its formats', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'explain', 'github', 'html', 'sarif', 'junit']);
    expect(isFormatName('json')).toBe(true);
    expect(isFormatName('xml')).toBe(false);
    expect(isFormatName('toString')).toBe(false);
  });
});

/** GitHub's `eslint-stylish` problem matcher, as actions/setup-node registers it: a file line, then a looping finding line. */
const GITHUB_MATCHER = { file: /^([^\s].*)$/, finding: /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.*)\s\s+(.*)$/ };
/** VS Code's built-in `$eslint-stylish` matcher. */
const VSCODE_MATCHER = { file: /^([^\s].*)$/, finding: /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/ };

/**
 * A multi-line matcher with a looping last pattern, as both runners apply it:
 * a file line starts a run, each finding line in the run is an annotation, and
 * any other line ends the run, so findings after it go unannotated.
 */
function annotations(output: string, matcher: typeof GITHUB_MATCHER): string[][] {
  const found: string[][] = [];
  let file: string | undefined;
  for (const line of output.split('\n')) {
    const finding = file === undefined ? null : matcher.finding.exec(line);
    if (finding && file !== undefined) {
      found.push([file, ...finding.slice(1, 6).map((group) => group ?? '')]);
      continue;
    }
    file = matcher.file.exec(line)?.[1];
  }
  return found;
}

describe('stylish', () => {
  test('lays out files, messages and the summary as ESLint does, without padding the messages', () => {
    expect(stylish([flawed, clean, unreadable]).split('\n')).toEqual([
      '',
      '/plans/a.md',
      '   3:1    error    Outcome 6 is not addressed  outcome-coverage',
      '  12:140  warning  No measurable target for this commitment [Our priorities › Carers]  measurable-commitment',
      '  40:7    error    Principle (b) is not addressed [Our priorities]  principle-coverage',
      '  judged as: strategic plan (detected)',
      '',
      '/plans/c.docx',
      '  1:1  error  Cannot read file: not a Word document',
      '',
      '✖ 4 problems (3 errors, 1 warning)',
      '',
    ]);
  });

  test('gives a Word finding its paragraph and column, and the paragraph mark, section and opening words in brackets', () => {
    expect(stylish([word]).split('\n')).toEqual([
      '',
      '/plans/d.docx',
      '   4:12  warning  No measurable target for this commitment [¶4 · Our priorities › Carers · "We will support carers…"]  measurable-commitment',
      '  27:1   error    Principle (b) is not addressed [¶27 · Our priorities · "Services will be planned…"]  principle-coverage',
      '  judged as: strategic plan (detected)',
      '',
      '✖ 2 problems (1 error, 1 warning)',
      '',
    ]);
  });

  test('on a terminal, wraps each finding to the width, with its section on a line of its own', () => {
    const long = message({
      line: 103,
      column: 102,
      severity: 1,
      ruleId: 'principle-evidence',
      message: 'Principle "characteristics" (characteristics and circumstances) is addressed without evidence',
      sectionPath: ['Our priorities', 'Outcome 5: Reducing health inequalities'],
    });
    const printed = stylish([result('/plans/a.md', [flawed.messages[0]!, long])], { ...plain, width: 80 }).split('\n');
    expect(printed).toEqual([
      '',
      '/plans/a.md',
      '    3:1    error    Outcome 6 is not addressed  outcome-coverage',
      '  103:102  warning  Principle "characteristics" (characteristics and',
      '                    circumstances) is addressed without evidence',
      '                    principle-evidence',
      '                    Our priorities › Outcome 5: Reducing health inequalities',
      '  judged as: strategic plan (detected)',
      '',
      '✖ 2 problems (1 error, 1 warning)',
      '',
    ]);
    expect(Math.max(...printed.map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  test('on a wide terminal, stops at 100 columns', () => {
    const long = message({ line: 1, column: 1, message: 'word '.repeat(40).trim() });
    const printed = stylish([result('/plans/a.md', [long])], { ...plain, width: 200 }).split('\n');
    const widest = Math.max(...printed.map((line) => line.length));
    expect(widest).toBeGreaterThan(90);
    expect(widest).toBeLessThanOrEqual(100);
  });

  test.each([
    [[message({ line: 1, column: 1, message: 'x' })], '✖ 1 problem (1 error, 0 warnings)'],
    [[message({ line: 1, column: 1, message: 'x', severity: 1 })], '✖ 1 problem (0 errors, 1 warning)'],
    [
      [message({ line: 1, column: 1, message: 'x' }), message({ line: 2, column: 1, message: 'y' })],
      '✖ 2 problems (2 errors, 0 warnings)',
    ],
  ])('pluralises the summary: %#', (messages, expected) => {
    expect(stylish([result('/plans/a.md', messages)]).split('\n').at(-2)).toBe(expected);
  });

  test('prints an info finding as info, and counts it in the summary without calling it an error or a warning', () => {
    expect(stylish([unstructured]).split('\n')).toEqual([
      '',
      '/plans/e.md',
      '  1:1  info     The document has no headings; planlint inferred 6  document-structure',
      '  9:3  warning  Outcome 2 (independent living) is addressed without evidence  outcome-evidence',
      '  judged as: strategic plan (detected)',
      '',
      '✖ 2 problems (0 errors, 1 warning, 1 info)',
      '',
    ]);
    expect(stylish([infoOnly, infoOnly]).split('\n').at(-2)).toBe('✖ 2 problems (0 errors, 0 warnings, 2 info)');
    expect(stylish([infoOnly], colored)).toContain('\u001b[34m\u001b[1m✖ 1 problem (0 errors, 0 warnings, 1 info)\u001b[22m\u001b[39m');
    expect(stylish([infoOnly], colored)).toContain('\u001b[34minfo\u001b[39m');
  });

  test.each([
    ['GitHub', GITHUB_MATCHER],
    ['VS Code', VSCODE_MATCHER],
  ])("an info finding is annotated by %s's eslint-stylish matcher", (_, matcher) => {
    const read = annotations(stylish([unstructured]), matcher).map((groups) => groups.slice(0, 4));
    expect(read).toEqual([
      ['/plans/e.md', '1', '1', 'info'],
      ['/plans/e.md', '9', '3', 'warning'],
    ]);
  });

  test('prints nothing at all when there are no problems', () => {
    expect(stylish([clean])).toBe('');
    expect(stylish([])).toBe('');
    expect(stylish([clean], colored)).toBe('');
  });

  test('styles with ANSI codes only when asked', () => {
    const escape = /\u001b\[/;
    expect(stylish([flawed, unreadable], colored)).toMatch(escape);
    expect(stylish([flawed, unreadable], plain)).not.toMatch(escape);
    expect(stylish([flawed], colored)).toContain('\u001b[31m\u001b[1m✖ 3 problems (2 errors, 1 warning)\u001b[22m\u001b[39m');
    expect(stylish([result('/plans/a.md', [flawed.messages[1]!])], colored)).toContain('\u001b[33m\u001b[1m✖ 1 problem');
  });

  test('keeps the layout when colored, in a pipe and on a terminal', () => {
    const strip = (text: string) => text.replace(/\u001b\[\d+m/g, '');
    expect(strip(stylish([flawed, clean, unreadable, word], colored))).toBe(stylish([flawed, clean, unreadable, word]));
    expect(strip(stylish([flawed, word], { ...colored, width: 60 }))).toBe(stylish([flawed, word], { ...plain, width: 60 }));
  });

  test.each([
    ['GitHub', GITHUB_MATCHER],
    ['VS Code', VSCODE_MATCHER],
  ])("every finding, Markdown or Word, is annotated by %s's eslint-stylish matcher", (_, matcher) => {
    const read = annotations(stylish([flawed, word, clean]), matcher).map((groups) => groups.map((group) => group.trimEnd()));
    expect(read).toEqual([
      ['/plans/a.md', '3', '1', 'error', 'Outcome 6 is not addressed', 'outcome-coverage'],
      ['/plans/a.md', '12', '140', 'warning', 'No measurable target for this commitment [Our priorities › Carers]', 'measurable-commitment'],
      ['/plans/a.md', '40', '7', 'error', 'Principle (b) is not addressed [Our priorities]', 'principle-coverage'],
      [
        '/plans/d.docx',
        '4',
        '12',
        'warning',
        'No measurable target for this commitment [¶4 · Our priorities › Carers · "We will support carers…"]',
        'measurable-commitment',
      ],
      ['/plans/d.docx', '27', '1', 'error', 'Principle (b) is not addressed [¶27 · Our priorities · "Services will be planned…"]', 'principle-coverage'],
    ]);
  });

  test('keeps each message on one line', () => {
    const broken = message({ line: 2, column: 1, message: 'Outcome 6\nis not addressed', sectionPath: ['Our\npriorities'] });
    expect(stylish([result('/plans/a.md', [broken])]).split('\n')[2]).toBe('  2:1  error  Outcome 6 is not addressed [Our priorities]  outcome-coverage');
  });
});

describe('json', () => {
  const json = (results: LintResult[]) => formatResults(results, 'json', plain);

  test('round-trips', () => {
    expect(JSON.parse(json([flawed, clean, unreadable, word]))).toEqual([flawed, clean, unreadable, word]);
    expect(json([])).toBe('[]');
  });

  test('writes keys in a fixed order, whatever order they were built in', () => {
    const shuffled = JSON.parse(JSON.stringify(flawed), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as LintResult;
    const [output] = JSON.parse(json([shuffled])) as [Record<string, unknown>];
    expect(Object.keys(output)).toEqual([
      'filePath',
      'messages',
      'suppressedMessages',
      'errorCount',
      'warningCount',
      'infoCount',
      'fatalErrorCount',
      'coverage',
    ]);
    const [, withId] = output.messages as Record<string, unknown>[];
    expect(Object.keys(withId!)).toEqual([
      'ruleId',
      'severity',
      'level',
      'message',
      'messageId',
      'line',
      'column',
      'endLine',
      'endColumn',
      'sectionPath',
    ]);
    expect(Object.keys(output.coverage as object)).toEqual(['documentType', 'documentTypeSource', 'outcomes', 'principles']);
  });

  test('places optional message fields after the required ones', () => {
    const full = message({
      line: 5,
      column: 2,
      message: 'Outcome 6 is not addressed',
      fatal: true,
      related: [{ message: 'Outcome 6 named here', line: 9, column: 1, endLine: 9, endColumn: 10 }],
      suggestions: [
        { desc: 'Add a target', messageId: 'addTarget', fix: { text: 'by 2027', loc: { endColumn: 3, endLine: 5, column: 3, line: 5 } } },
      ],
      quote: 'We will…',
      help: 'Name a target.',
    });
    const [output] = JSON.parse(json([result('/plans/a.md', [full])])) as [{ messages: Record<string, unknown>[] }];
    const written = output.messages[0]!;
    expect(Object.keys(written).slice(-5)).toEqual(['help', 'quote', 'suggestions', 'related', 'fatal']);
    expect(JSON.stringify(written.suggestions)).toBe(
      '[{"desc":"Add a target","messageId":"addTarget","fix":{"loc":{"line":5,"column":3,"endLine":5,"endColumn":3},"text":"by 2027"}}]',
    );
  });

  test('gives every message its level, an info finding severity 0 (which ESLint readers count as neither), and counts info apart', () => {
    const [output] = JSON.parse(json([unstructured])) as [LintResult];
    expect(output.messages.map(({ severity, level }) => [severity, level])).toEqual([
      [0, 'info'],
      [1, 'warning'],
    ]);
    expect(output).toMatchObject({ errorCount: 0, warningCount: 1, infoCount: 1, fatalErrorCount: 0 });
    const [flawedOut] = JSON.parse(json([flawed])) as [LintResult];
    expect(flawedOut.messages.map(({ severity, level }) => [severity, level])).toEqual([
      [2, 'error'],
      [1, 'warning'],
      [2, 'error'],
    ]);
  });

  test('describes an unreadable file as ESLint describes a fatal one', () => {
    const [output] = JSON.parse(json([unreadable])) as [LintResult];
    expect(output.coverage).toBeNull();
    expect(output.errorCount).toBe(1);
    expect(output.fatalErrorCount).toBe(1);
    expect(output.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, severity: 2, level: 'error' })]);
  });
});
