import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeadingLevel, Paragraph, TextRun, Textbox } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { annotateDocx, commentFor } from '../src/annotate/index.js';
import { countedParagraphs } from '../src/annotate/paragraphs.js';
import { parsePart, serialise } from '../src/annotate/xml.js';
import type { ResolvedConfig } from '../src/config/index.js';
import { lintBuffer, lintFile } from '../src/core/lint.js';
import type { LintMessage, LintResult } from '../src/engine/results.js';
import { readDocumentXml } from '../src/parse/docx/document-xml.js';
import { authorsPlan, readPart, replacePart, wordPlan } from './support/docx-builders.js';
import { childrenNamed, parseXml, type XmlElement } from './support/xml.js';
import { FIXTURES } from './support/cli.js';

/** Every Word file under fixtures/, the fuzzed regressions included. */
function docxFixtures(folder = FIXTURES): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return docxFixtures(path);
    return entry.name.endsWith('.docx') ? [path] : [];
  });
}

const DATE = new Date('2025-03-04T09:30:00.000Z');

/** What a finding is and where it sends the reader. */
const places = (messages: readonly LintMessage[]) =>
  messages.map(({ ruleId, line, column, endLine, endColumn, message, quote, sectionPath }) => ({
    ruleId,
    line,
    column,
    endLine,
    endColumn,
    message,
    quote,
    sectionPath,
  }));

const rawText = async (docx: Buffer) => (await mammoth.extractRawText({ buffer: docx })).value;

/** Each comment's author, id and text, from the comments part as a strict parser reads it. */
async function commentsOf(docx: Buffer): Promise<{ id: string; author: string; initials?: string; date?: string; text: string[] }[]> {
  const part = await (await JSZip.loadAsync(docx)).file('word/comments.xml')?.async('string');
  if (part === undefined) return [];
  const textOf = (element: XmlElement): string => element.text + element.children.map(textOf).join('');
  return childrenNamed(parseXml(part), 'w:comment').map((comment) => ({
    id: comment.attributes['w:id']!,
    author: comment.attributes['w:author']!,
    ...(comment.attributes['w:initials'] ? { initials: comment.attributes['w:initials'] } : {}),
    ...(comment.attributes['w:date'] ? { date: comment.attributes['w:date'] } : {}),
    text: childrenNamed(comment, 'w:p').map(textOf),
  }));
}

/** Where the parser places each comment: the paragraphs its range and reference stand in. */
async function anchorsOf(docx: Buffer) {
  return readDocumentXml(await readPart(docx, 'word/document.xml')).comments;
}

const lintWord = (docx: Buffer, config?: ResolvedConfig): Promise<LintResult> =>
  lintBuffer(docx, { filePath: 'plan.docx', rules, reportUnusedDisableDirectives: true, ...(config ? { config } : {}) });

const onlyOutcomeReference: ResolvedConfig = {
  rules: { 'outcome-reference': { severity: 2, options: {} } },
  maxFileSize: Number.POSITIVE_INFINITY,
  configFiles: [],
};

describe('paragraphs are counted as the parser counts them', () => {
  const fixtures = docxFixtures();

  test('over every Word fixture, each counted paragraph is the parser\'s paragraph of the same ordinal', async () => {
    let compared = 0;
    for (const file of fixtures) {
      const xml = await (await JSZip.loadAsync(readFileSync(file)).catch(() => undefined))?.file('word/document.xml')?.async('string');
      if (xml === undefined) continue;
      let parsed;
      try {
        parsed = readDocumentXml(xml);
      } catch {
        continue;
      }
      const counted = countedParagraphs(parsePart(xml, 'word/document.xml'));
      // Each counted paragraph, read on its own by the parser: the same text as the parser gave that ordinal.
      const texts = counted.map((paragraph) => readDocumentXml(`<w:body>${serialise(paragraph as unknown as Document)}</w:body>`).paragraphs[0]!.text);
      expect(texts, file).toEqual(parsed.paragraphs.map((paragraph) => paragraph.text));
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  test('text boxes, deletions, moves and fallbacks hold no counted paragraph', async () => {
    const docx = await wordPlan([
      new Paragraph('Before the box.'),
      new Paragraph({ children: [new TextRun('Beside the box.')] }),
      new Textbox({ style: { width: '2in', height: '1in' }, children: [new Paragraph('Inside the box.')] }),
      new Paragraph('After the box.'),
    ]);
    const xml = await readPart(docx, 'word/document.xml');
    expect(xml).toContain('w:txbxContent');
    const counted = countedParagraphs(parsePart(xml, 'word/document.xml'));
    expect(counted).toHaveLength(readDocumentXml(xml).paragraphs.length);
    expect(readDocumentXml(xml).paragraphs.map((paragraph) => paragraph.text)).not.toContain('Inside the box.');
  });
});

describe('a comment a finding', () => {
  test('on the paragraph the finding names, by planlint, with the rule, the level, the message and the help', async () => {
    const docx = await wordPlan([
      new Paragraph({ text: 'Carers', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('This contributes to Outcome 10.'),
      new Paragraph('Nothing here.'),
      new Paragraph('And to Outcome 11.'),
    ]);
    const result = await lintWord(docx, onlyOutcomeReference);
    expect(result.messages.map((message) => message.line)).toEqual([2, 4]);

    const annotated = await annotateDocx(docx, result.messages, { date: DATE });
    expect(annotated).toMatchObject({ added: 2, removed: 0 });
    const comments = await commentsOf(annotated.docx);
    expect(comments).toEqual(
      result.messages.map((message, index) => ({
        id: comments[index]!.id,
        author: 'planlint',
        initials: 'PL',
        date: '2025-03-04T09:30:00Z',
        text: [`outcome-reference (error): ${message.message}`, message.help!],
      })),
    );
    const anchors = await anchorsOf(annotated.docx);
    for (const [index, message] of result.messages.entries()) {
      expect(anchors.get(comments[index]!.id)).toEqual({ startLine: message.line, endLine: message.line, referenceLine: message.line });
    }
  });

  test('a package without comments gets the part, its relationship and its content type', async () => {
    const file = join(FIXTURES, 'strategic-plan-gaps.docx');
    const original = readFileSync(file);
    const zip = await JSZip.loadAsync(original);
    expect(zip.file('word/comments.xml')).toBeNull();
    const result = await lintFile(file);
    const annotated = await annotateDocx(original, result.messages, { date: DATE });
    const copy = await JSZip.loadAsync(annotated.docx);
    const rels = parseXml(await copy.file('word/_rels/document.xml.rels')!.async('string'));
    const relationships = childrenNamed(rels, 'Relationship');
    const comments = relationships.filter((relationship) => relationship.attributes.Type === 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments');
    expect(comments.map((relationship) => relationship.attributes.Target)).toEqual(['comments.xml']);
    expect(new Set(relationships.map((relationship) => relationship.attributes.Id)).size).toBe(relationships.length);
    const types = parseXml(await copy.file('[Content_Types].xml')!.async('string'));
    expect(childrenNamed(types, 'Override').filter((override) => override.attributes.PartName === '/word/comments.xml')).toEqual([
      expect.objectContaining({ attributes: { PartName: '/word/comments.xml', ContentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml' } }),
    ]);
    expect(await commentsOf(annotated.docx)).toHaveLength(result.messages.length);
  });

  test('a finding past the last paragraph goes on the last one', async () => {
    const docx = await wordPlan([new Paragraph('Only Outcome 10.')]);
    const [finding] = (await lintWord(docx, onlyOutcomeReference)).messages;
    const annotated = await annotateDocx(docx, [{ ...finding!, line: 40, endLine: 40 }], { date: DATE });
    const [comment] = await commentsOf(annotated.docx);
    expect((await anchorsOf(annotated.docx)).get(comment!.id)).toEqual({ startLine: 1, endLine: 1, referenceLine: 1 });
  });

  test('no comment ever reads as a directive, and text XML cannot hold is replaced', () => {
    expect(commentFor({ ruleId: null, level: 'warning', message: 'Unused planlint-disable directive' }).paragraphs).toEqual([
      'planlint (warning): Unused planlint-disable directive',
    ]);
    expect(commentFor({ ruleId: 'outcome-evidence', level: 'info', message: 'a\u0001b\nsecond \uD83D\uDE00 \uD83D', help: 'do\uFFFEthis' }).paragraphs).toEqual([
      'outcome-evidence (info): a\uFFFDb',
      'second \uD83D\uDE00 \uFFFD',
      'do\uFFFDthis',
    ]);
  });
});

describe('every Word fixture, annotated, reads and lints as the original', () => {
  const fixtures = docxFixtures().filter((file) => !file.includes('fuzz'));

  test.each(fixtures.map((file) => [file.slice(FIXTURES.length + 1), file]))('%s', async (_name, file) => {
    const original = readFileSync(file);
    const result = await lintWord(original);
    const annotated = await annotateDocx(original, result.messages, { date: DATE });
    const own = (await commentsOf(annotated.docx)).filter((comment) => comment.author === 'planlint');
    expect(own).toHaveLength(result.messages.length);
    expect(await rawText(annotated.docx)).toBe(await rawText(original));
    const again = await lintWord(annotated.docx);
    expect(places(again.messages)).toEqual(places(result.messages));
    expect(places(again.suppressedMessages)).toEqual(places(result.suppressedMessages));
    // Each comment stands on the paragraph of its finding, as the parser places comments.
    const anchors = await anchorsOf(annotated.docx);
    expect(own.map((comment) => anchors.get(comment.id)?.startLine)).toEqual(result.messages.map((message) => message.line));
    expect(own.map((comment) => comment.text[0])).toEqual(result.messages.map((message) => `${message.ruleId ?? 'planlint'} (${message.level}): ${message.message}`));
  });
});

describe('annotating again', () => {
  test("replaces planlint's comments and keeps the author's comment, tracked changes, text box and table", async () => {
    const docx = await authorsPlan();
    const result = await lintWord(docx, onlyOutcomeReference);
    expect(result.messages.map(({ line, quote }) => ({ line, quote }))).toEqual([
      { line: 2, quote: 'Our figures for Outcome 10 are old.' },
      { line: 3, quote: 'We support Outcome 12 through respite.' },
      // Word puts a text box's text on the paragraph holding the box.
      { line: 4, quote: 'A box on Outcome 13.' },
      { line: 8, quote: 'Outcome 15' },
    ]);
    const first = await annotateDocx(docx, result.messages, { date: DATE });
    const second = await annotateDocx(first.docx, (await lintWord(first.docx, onlyOutcomeReference)).messages, { date: DATE });
    expect(second).toMatchObject({ added: 4, removed: 4 });

    const comments = await commentsOf(second.docx);
    expect(comments.map(({ author }) => author)).toEqual(['Reviewer', 'planlint', 'planlint', 'planlint', 'planlint']);
    expect(comments[0]).toEqual((await commentsOf(docx))[0]);
    expect(comments[0]).toMatchObject({ id: '0', author: 'Reviewer', text: ['Please update.'] });
    const anchors = await anchorsOf(second.docx);
    expect(anchors.get('0')).toEqual({ startLine: 2, endLine: 2, referenceLine: 2 });
    expect(comments.slice(1).map((comment) => anchors.get(comment.id)?.startLine)).toEqual([2, 3, 4, 8]);
    // Nothing of the first run's comments is left in the document.
    expect([...anchors.keys()].sort()).toEqual(comments.map((comment) => comment.id).sort());

    const before = await readPart(docx, 'word/document.xml');
    const after = await readPart(second.docx, 'word/document.xml');
    for (const name of ['w:ins', 'w:del', 'w:delText', 'w:txbxContent', 'w:tbl', 'w:tr', 'w:tc']) expect(readCount(after, name), name).toBe(readCount(before, name));
    expect(readCount(after, 'w:commentReference')).toBe(5);
    expect(await rawText(second.docx)).toBe(await rawText(docx));
    expect(places((await lintWord(second.docx, onlyOutcomeReference)).messages)).toEqual(places(result.messages));
  });

  test('a run with no findings takes the earlier comments out and adds none', async () => {
    const docx = await authorsPlan();
    const first = await annotateDocx(docx, (await lintWord(docx, onlyOutcomeReference)).messages, { date: DATE });
    const clean = await annotateDocx(first.docx, [], { date: DATE });
    expect(clean).toMatchObject({ added: 0, removed: 4 });
    expect((await commentsOf(clean.docx)).map(({ author }) => author)).toEqual(['Reviewer']);
    expect(readCount(await readPart(clean.docx, 'word/document.xml'), 'w:commentReference')).toBe(1);
  });

  test("the entries Word keeps beside its comments go with planlint's; an author's reply to one stays, on its own", async () => {
    const docx = await authorsPlan();
    const first = await annotateDocx(docx, (await lintWord(docx, onlyOutcomeReference)).messages, { date: DATE });
    const withParts = await withCommentParts(first.docx);
    const second = await annotateDocx(withParts, [], { date: DATE });
    const zip = await JSZip.loadAsync(second.docx);
    const extended = parseXml(await zip.file('word/commentsExtended.xml')!.async('string'));
    expect(childrenNamed(extended, 'w15:commentEx').map((entry) => entry.attributes)).toEqual([
      { 'w15:paraId': 'AA000000', 'w15:done': '0' },
      { 'w15:paraId': 'BB000000', 'w15:done': '0' },
    ]);
    const ids = parseXml(await zip.file('word/commentsIds.xml')!.async('string'));
    expect(childrenNamed(ids, 'w16cid:commentId').map((entry) => entry.attributes['w16cid:paraId'])).toEqual(['AA000000', 'BB000000']);
    const extensible = parseXml(await zip.file('word/commentsExtensible.xml')!.async('string'));
    expect(childrenNamed(extensible, 'w16cex:commentExtensible').map((entry) => entry.attributes['w16cex:durableId'])).toEqual(['1000000A', '1000000B']);
  });
});

function readCount(xml: string, name: string): number {
  let count = 0;
  const visit = (element: XmlElement) => {
    if (element.name === name) count += 1;
    element.children.forEach(visit);
  };
  visit(parseXml(xml));
  return count;
}

const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const W16CID = 'http://schemas.microsoft.com/office/word/2016/wordml/cid';
const W16CEX = 'http://schemas.microsoft.com/office/word/2018/wordml/cex';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

/**
 * The package as Word 365 saves it: each comment's paragraph with a
 * `w14:paraId`, and the three parts keyed on them (commentsExtended,
 * commentsIds, commentsExtensible). The author's comment is AA…, a reply the
 * author wrote to planlint's first comment BB…; planlint's are 01…, 02…, 03….
 */
async function withCommentParts(docx: Buffer): Promise<Buffer> {
  const comments = await commentsOf(docx);
  const paraIdOf = (index: number) => (comments[index]!.author === 'planlint' ? `0${index}000000` : 'AA000000');
  let index = -1;
  let replied = await replacePart(docx, 'word/comments.xml', (xml) =>
    (xml.includes(`xmlns:w14="${W14}"`) ? xml : xml.replace('<w:comments ', `<w:comments xmlns:w14="${W14}" `))
      .replace(/<w:comment (.*?)>\s*<w:p(?=[ >])/gs, (_whole, attributes: string) => `<w:comment ${attributes}><w:p w14:paraId="${paraIdOf((index += 1))}"`)
      .replace('</w:comments>', `<w:comment w:id="90" w:author="Reviewer" w:initials="RV"><w:p w14:paraId="BB000000"><w:r><w:t>Done.</w:t></w:r></w:p></w:comment></w:comments>`),
  );
  const planlint = comments.map((_comment, at) => paraIdOf(at)).filter((id) => id !== 'AA000000');
  const entries = (make: (paraId: string, at: number) => string) => ['AA000000', ...planlint].map(make);
  const zip = await JSZip.loadAsync(replied);
  zip.file(
    'word/commentsExtended.xml',
    `<w15:commentsEx xmlns:w15="${W15}">${entries((id) => `<w15:commentEx w15:paraId="${id}" w15:done="0"/>`).join('')}<w15:commentEx w15:paraId="BB000000" w15:paraIdParent="${planlint[0]}" w15:done="0"/></w15:commentsEx>`,
  );
  zip.file(
    'word/commentsIds.xml',
    `<w16cid:commentsIds xmlns:w16cid="${W16CID}">${entries((id, at) => `<w16cid:commentId w16cid:paraId="${id}" w16cid:durableId="1000000${at === 0 ? 'A' : at}"/>`).join('')}<w16cid:commentId w16cid:paraId="BB000000" w16cid:durableId="1000000B"/></w16cid:commentsIds>`,
  );
  zip.file(
    'word/commentsExtensible.xml',
    `<w16cex:commentsExtensible xmlns:w16cex="${W16CEX}">${entries((_id, at) => `<w16cex:commentExtensible w16cex:durableId="1000000${at === 0 ? 'A' : at}" w16cex:dateUtc="2025-01-02T00:00:00Z"/>`).join('')}<w16cex:commentExtensible w16cex:durableId="1000000B" w16cex:dateUtc="2025-01-03T00:00:00Z"/></w16cex:commentsExtensible>`,
  );
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file(
    'word/_rels/document.xml.rels',
    rels.replace(
      '</Relationships>',
      [
        ['commentsExtended', 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended'],
        ['commentsIds', 'http://schemas.microsoft.com/office/2016/09/relationships/commentsIds'],
        ['commentsExtensible', 'http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible'],
      ]
        .map(([name, type]) => `<Relationship Id="rIdX${name}" Type="${type}" Target="${name}.xml"/>`)
        .join('') + '</Relationships>',
    ),
  );
  replied = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return replied;
}
