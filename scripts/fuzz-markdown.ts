import fc from 'fast-check';

/*
 * Markdown as plans are written and as nobody should write them: the words
 * and figures planlint's analysis reads (outcomes, indicators, dates, pound
 * amounts, targets), in every construct remark reads (headings, lists, block
 * quotes, emphasis, tables, HTML comments, planlint's own directives), nested
 * in any order, with front matter that is YAML at its most awkward (anchors,
 * aliases, merge keys, tags), line endings of three systems, byte-order
 * marks, control characters and words no stemmer has seen. Depths, column
 * counts and marker counts are drawn around planlint's limits (README
 * "Limits"), where an off-by-one would show.
 */

const PLAN_WORDS = [
  'Outcome 5', 'health inequalities', 'unpaid carers', 'NI-12', 'NI-23', 'NI-0', 'baseline', 'target', 'by March 2026',
  'the Integration Joint Board', 'localities', 'section 29', 's29(2)(b)', 'wellbeing', 'dignity', 'participation', 'prevention',
  'strategic plan', 'integration scheme', 'annual performance report', 'plan review', 'the strategic planning group',
  'we will', 'led by the Chief Officer', 'reduce delayed discharge', 'independent living', 'engaged workforce', 'safe from harm',
  'the nine National Health and Wellbeing Outcomes', 'the integration delivery principles', 'Board paper', 'Subject:', 'Appendix 3',
];

// NUL is left to `nul` below: one makes the file binary, and a binary file is refused before anything reads it.
const CONTROL = ['\u0007', '\u0008', '\u000b', '\u000c', '\u001b[31m', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff'];

const RULE_IDS = ['outcome-evidence', 'principle-evidence', 'outcome-coverage', 'statutory-duty', 'document-structure', 'no-such-rule', '', '*'];

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,11}$/);
const longWord = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'bcdfghjklmnpqrstvwxz'), minLength: 60, maxLength: 1000 }),
  fc.string({ unit: fc.constantFrom(...'aeiouy'), minLength: 60, maxLength: 600 }),
);
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const number = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  digits(1, 400),
  fc.array(digits(1, 3), { minLength: 1, maxLength: 60 }).map((groups) => groups.join(',')),
  fc.tuple(fc.nat(100_000), fc.nat(99)).map(([whole, part]) => `${whole}.${part}%`),
);
const pounds = fc.oneof(
  number.map((value) => `£${value}`),
  fc.tuple(fc.nat(999), fc.constantFrom('m', 'million', 'bn', 'k', '')).map(([value, unit]) => `£${value}${unit}`),
  fc.array(digits(1, 3), { minLength: 1, maxLength: 40 }).map((groups) => `£${groups.join(',')}.00`),
);
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((value) => value.toISOString().slice(0, 10)),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('January', 'March', 'Sept', 'Smarch', 'april'), fc.integer({ min: -1, max: 99_999 })).map(
    ([day, month, year]) => `${day} ${month} ${year}`,
  ),
  fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 120 })).map(([year, next]) => `${year}–${next}`),
  fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 9999 })).map(([month, year]) => `Q${month % 5} ${year}/${(year + 1) % 100}`),
  fc.constantFrom('by 2030', 'in 2024/25', 'from 1 April 2025 to 31 March 2028', 'FY2025-26', 'since 2019–20'),
);
const unicode = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }).map((text) => text.replaceAll('\u0000', '')),
  fc.constantFrom('Ⅻ', 'ﬁnance', 'Ｏｕｔｃｏｍｅ ５', 'ÉIRE', 'Gàidhlig', '🏥🧑‍⚕️', 'ǅ', 'İstanbul', '\u0301\u0301\u0301'),
);

/** A run of text inside a paragraph or heading, no block syntax of its own. */
const atom: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 3, arbitrary: fc.constantFrom(...PLAN_WORDS) },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: pounds },
  { weight: 2, arbitrary: date },
  { weight: 1, arbitrary: longWord },
  { weight: 1, arbitrary: unicode },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: fc.constantFrom('*', '_', '**', '`', '[', ']', '(', ')', '<', '>', '|', '\\', '&amp;', '&#0;', '&#x110000;', '<br>', '~~') },
);

const directive = fc.oneof(
  fc.tuple(fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-line', 'disabled'), fc.array(fc.constantFrom(...RULE_IDS), { maxLength: 3 }), fc.option(word))
    .map(([kind, ids, reason]) => `<!-- planlint-${kind} ${ids.join(', ')}${reason === null ? '' : ` -- ${reason}`} -->`),
  fc.constantFrom('<!-- planlint-disable', '<!--planlint-enable-->', '<!-- planlint-disable outcome-evidence -- -->', '<!-- -->', '<!-->', '<!--->'),
);

const comment = fc.oneof(word.map((text) => `<!-- ${text} -->`), fc.constant('<!-- never closed'));

const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'inline' },
    fc.array(atom, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' ')),
    fc.tuple(fc.constantFrom('*', '_', '**', '__', '~~', '***'), tie('inline')).map(([marker, text]) => `${marker}${text}${marker}`),
    tie('inline').map((text) => `\`${text}\``),
    fc.tuple(tie('inline'), word).map(([text, target]) => `[${text}](${target} "t")`),
    fc.array(tie('inline'), { minLength: 2, maxLength: 4 }).map((parts) => parts.join(' ')),
    directive,
    comment,
  ),
})).inline;

const tableRow = (columns: number) => fc.array(inline.map((cell) => cell.replaceAll('\n', ' ')), { minLength: columns, maxLength: columns });
const table = fc
  .integer({ min: 1, max: 8 })
  .chain((columns) => fc.tuple(tableRow(columns), fc.array(tableRow(columns), { maxLength: 6 }), fc.constantFrom('---', ':--', ':-:', '--:')))
  .map(([head, rows, align]) => [head, head.map(() => align), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
/** Tables at Word's 63 columns, where the shape limit starts. */
const wideTable = fc.integer({ min: 60, max: 66 }).map((columns) => `|${' a |'.repeat(columns)}\n|${'---|'.repeat(columns)}\n|${' 5% |'.repeat(columns)}`);

const indent = (text: string, by: string) => text.split('\n').map((line) => `${by}${line}`).join('\n');

const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'block' },
    { weight: 5, arbitrary: inline },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([level, text]) => `${'#'.repeat(level)} ${text}`) },
    fc.tuple(inline, fc.constantFrom('===', '---')).map(([text, underline]) => `${text}\n${underline}`),
    fc
      .tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '1) ', '999999999. ', '- [ ] ', '- [x] '), fc.array(tie('block'), { minLength: 1, maxLength: 5 }))
      .map(([marker, items]) => items.map((item) => `${marker}${indent(item, ' '.repeat(marker.length)).slice(marker.length)}`).join('\n')),
    fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((blocks) => indent(blocks.join('\n\n'), '> ')),
    table,
    directive,
    comment,
    fc.tuple(fc.constantFrom('```', '~~~', '````'), inline, fc.boolean()).map(([fence, text, closed]) => `${fence}js\n${text}\n${closed ? fence : ''}`),
    fc.constantFrom('---', '***', '[label]: http://example.org "title"', '[^1]: A footnote', '<div>\n*html*\n</div>', '    indented code'),
  ),
})).block;

/** Constructs nested around the 100-level limit, and counts around the 1,000-marker one. */
const deep = fc.oneof(
  fc.integer({ min: 90, max: 110 }).map((levels) => `${'>'.repeat(levels)} quoted`),
  fc.integer({ min: 90, max: 110 }).map((levels) => `${'- '.repeat(levels)}item`),
  fc.integer({ min: 90, max: 110 }).map((levels) => Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n')),
  fc.integer({ min: 90, max: 110 }).map((levels) => `${'*'.repeat(levels)}x${'*'.repeat(levels)}`),
  fc.integer({ min: 240, max: 260 }).map((count) => `${'*_'.repeat(count)}x${'_*'.repeat(count)}`),
  fc.integer({ min: 990, max: 1010 }).map((count) => `Intro ${'x <!-- '.repeat(count)}`),
  fc.integer({ min: 990, max: 1010 }).map((count) => `Intro ${'*a '.repeat(count)}`),
  fc.integer({ min: 90, max: 110 }).map((levels) => `${'> - '.repeat(levels)}mixed`),
  wideTable,
);

const yamlScalar = fc.oneof(
  { weight: 3, arbitrary: word },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: date },
  { weight: 2, arbitrary: fc.constantFrom('strategic-plan', 'integration-scheme', 'plan-review', 'performance-report', 'board-paper', '~', 'null', '.nan', '1e999', '0x1F', 'yes', "''", '""') },
  fc.constantFrom('!!binary aGVsbG8=', '!!timestamp 2025-13-45', '!!js/function "x"', '!custom thing', '|\n  block\n  text', '>-\n  folded'),
  fc.constantFrom('"\\u0000"', '"\\x07"', "'it''s'", '"unterminated', "'unterminated", '{', '[', '}', ']', ': bad', '- not a map'),
);

/** A chain of aliases each listing the one before several times: a small bomb, or one the YAML reader stops. */
const aliasBomb = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 9 })).map(([levels, width]) => {
  const lines = ['a0: &a0 [lol]'];
  for (let level = 1; level < levels; level++) lines.push(`a${level}: &a${level} [${Array.from({ length: width }, () => `*a${level - 1}`).join(', ')}]`);
  return lines.join('\n');
});

const yamlEntry = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('title', 'documentType', 'date', 'author', 'tags', '__proto__', 'constructor', '? complex', 'title'), yamlScalar).map(([key, value]) => `${key}: ${value}`) },
  fc.tuple(word, word).map(([anchor, value]) => `base: &${anchor}\n  documentType: ${value}\nderived:\n  <<: *${anchor}\n  title: x`),
  fc.tuple(word, word).map(([anchor, other]) => `first: &${anchor} [1, 2]\nsecond: *${anchor}\nthird: *${other}`),
  fc.constantFrom('a: &self [*self]', 'documentType: &t strategic-plan\ntitle: *t', 'tags: [a, [b, [c, [d, [e]]]]]', '\tindented: tab', 'key: value\nkey: again'),
  aliasBomb,
);

const frontMatter = fc.oneof(
  { weight: 5, arbitrary: fc.array(yamlEntry, { maxLength: 6 }).map((entries) => `---\n${entries.join('\n')}\n---`) },
  fc.array(yamlEntry, { maxLength: 3 }).map((entries) => `---\n${entries.join('\n')}\n`),
  fc.constantFrom('---\n---', '---\n- a list\n---', '---\njust a string\n---', '+++\ntitle = "toml"\n+++', '---\n...\n---'),
  fc.integer({ min: 63, max: 66 }).map((kilobytes) => `---\ntitle: ${'x'.repeat(kilobytes * 1024 - 'title: \n'.length)}\n---`),
);

const lineEnding = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', 'mixed');

function withLineEndings(text: string, ending: string): string {
  if (ending === '\n') return text;
  if (ending !== 'mixed') return text.replaceAll('\n', ending);
  let index = 0;
  return text.replaceAll('\n', () => ['\n', '\r\n', '\r'][index++ % 3]!);
}

/** A whole Markdown file: a byte-order mark or none, front matter or none, blocks, a line ending. */
export const markdownFile: fc.Arbitrary<string> = fc
  .record({
    bom: fc.constantFrom('', '', '', '\ufeff', '\ufeff\ufeff'),
    front: fc.option(frontMatter, { freq: 2 }),
    // One file in four or so has a construct at a limit; the rest lint through to the rules.
    blocks: fc.array(fc.oneof({ weight: 40, arbitrary: block }, { weight: 1, arbitrary: deep }), { minLength: 0, maxLength: 14 }),
    separator: fc.constantFrom('\n\n', '\n', '\n\n\n'),
    ending: lineEnding,
    trailing: fc.constantFrom('', '\n', '\n\n', '   '),
    nul: fc.oneof({ weight: 30, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.nat() }),
  })
  .map(({ bom, front, blocks, separator, ending, trailing, nul }) => {
    const text = withLineEndings(`${bom}${front === null ? '' : `${front}\n\n`}${blocks.join(separator)}${trailing}`, ending);
    if (nul < 0) return text;
    const at = nul % (text.length + 1);
    return `${text.slice(0, at)}\u0000${text.slice(at)}`;
  });

/** Bytes that are not UTF-8: a lone continuation, a truncated sequence, an overlong slash, an encoded surrogate. */
const INVALID_UTF8 = [[0xff], [0x80], [0xc3], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]];

/** The file's bytes: mostly the UTF-8 of `markdownFile`, now and then with bytes no UTF-8 encoder writes. */
export const markdownBytes: fc.Arbitrary<Buffer> = fc
  .tuple(
    markdownFile,
    fc.oneof({ weight: 30, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.constantFrom(...INVALID_UTF8)) }),
  )
  .map(([text, invalid]) => {
    const bytes = Buffer.from(text);
    if (invalid === null) return bytes;
    const at = invalid[0] % (bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(invalid[1]), bytes.subarray(at)]);
  });

/**
 * The issue's hostile shapes (issue 10: each hung or crashed planlint once),
 * linted as fixed cases beside the fuzzed ones. The FIFO and devices named
 * as files are not contents and stay in test/input-limits.test.ts.
 */
export function hostileMarkdown(): Array<{ name: string; text: string }> {
  const megabyte = 1024 * 1024;
  const groups = (count: number, separator: string, prefix = '') => Array.from({ length: count }, (_, index) => `${prefix}${String(index % 1000).padStart(3, '0')}`).join(separator);
  return [
    { name: 'digits-1mb', text: '7'.repeat(megabyte) },
    { name: 'thousands-separators-1mb', text: `1${',000'.repeat(megabyte / 4)}` },
    { name: 'pound-amounts-1mb', text: groups(megabyte / 8, ' ', '£1,') },
    { name: 'comment-never-closed', text: `# Plan\n\n<!-- opened ${'and never closed '.repeat(50_000)}` },
    { name: 'directives-10000', text: `# Plan\n\n${'<!-- planlint-disable outcome-evidence -->\n\n<!-- planlint-enable -->\n\n'.repeat(5000)}` },
    { name: 'list-indented-2000', text: Array.from({ length: 2000 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n') },
    { name: 'list-compact-100000', text: `${'- '.repeat(100_000)}x\n` },
    { name: 'emphasis-50000', text: `${'*'.repeat(50_000)}x${'*'.repeat(50_000)}\n` },
    { name: 'table-5000-columns', text: `|${' a |'.repeat(5000)}\n|${'---|'.repeat(5000)}\n|${' b |'.repeat(5000)}\n` },
    { name: 'line-5mb', text: 'word '.repeat(megabyte) },
    { name: 'front-matter-1mb', text: `---\ntitle: ${'x'.repeat(megabyte)}\n---\n\n# Plan\n` },
    { name: 'yaml-alias-bomb', text: `---\n${Array.from({ length: 10 }, (_, level) => level === 0 ? 'a0: &a0 [lol]' : `a${level}: &a${level} [${Array(9).fill(`*a${level - 1}`).join(', ')}]`).join('\n')}\n---\n\n# Plan\n` },
    { name: 'consonant-word-150kb', text: `# Plan\n\n${'bcdfghjklmnpqrstvwxz'.repeat(7680)}\n` },
    { name: 'list-items-100000', text: `# Functions\n\n${'- Adult social care services\n'.repeat(100_000)}` },
    { name: 'block-quote-10000', text: `${'>'.repeat(10_000)} x\n` },
  ];
}
