import fc from 'fast-check';
import JSZip from 'jszip';

/*
 * Word packages broken the ways a package can break: bytes flipped,
 * inserted, deleted and cut off (a download that stopped, a disk that
 * lied), and, since almost every byte mutation only makes a zip that does
 * not open, the parts themselves: the numbers Word stores as text
 * (w:gridSpan, w:vMerge, list and outline levels, list starts) set out of
 * range, not numbers or empty; tables nested inside tables; XML cut short,
 * given entities, stray markup; parts removed, copied over others, renamed
 * as a case-insensitive file system would keep them; content types swapped.
 * Each case starts from one of the Word fixtures and is re-zipped.
 */

const HOSTILE_VALUES = [
  '', ' ', '-1', '0', '1', '63', '64', '1000000000', '4294967297', '1e309', '-0', 'NaN', 'Infinity', 'abc', '0x10', ' 2', '2.5',
  '9'.repeat(400), 'restart', 'continue', 'nil', '%1.', '&amp;', '\u0000',
];

/** Elements whose w:val Word reads as a number or a keyword. */
const VALUED = ['gridSpan', 'vMerge', 'ilvl', 'numId', 'outlineLvl', 'start', 'abstractNumId', 'pStyle', 'numFmt', 'lvlText', 'gridCol', 'tblW', 'lvlRestart'];

const STRAY = [
  '<', '&', '&nope;', ']]>', '<![CDATA[x', '<?pi data?>', '<w:p>', '</w:p>', '</w:tbl>', '<w:tc><w:p/></w:tc>', '<x:unknown xmlns:x="urn:x"/>', '\u0000',
  '<w:t>£1,000,000 by March 2026 NI-12</w:t>', '<w:r><w:t>Outcome 5 health inequalities</w:t></w:r>', '<w:br/><w:tab/><w:sym w:char="F0B7"/>',
];

const TEXT = ['7'.repeat(5000), `1${',000'.repeat(2000)}`, 'bcdfghjklmnpqrstvwxz'.repeat(200), '\u001b[31m\u0007', '\ud800', '🏥'.repeat(500), 'NI-0 NI-99 £.5'];

export type PartMutation =
  | { kind: 'value'; element: string; value: string; every: number; offset: number }
  | { kind: 'cellProperties'; span: string; merge: string; every: number }
  | { kind: 'numbering'; level: string; id: string; outline: string; every: number }
  | { kind: 'nestTables'; depth: number }
  | { kind: 'stray'; part: number; at: number; text: string }
  | { kind: 'cut'; part: number; at: number }
  | { kind: 'text'; every: number; text: string }
  | { kind: 'entities'; levels: number }
  | { kind: 'repeat'; count: number }
  | { kind: 'remove'; part: number }
  | { kind: 'copy'; from: number; to: number }
  | { kind: 'rename'; part: number; name: string }
  | { kind: 'contentTypes'; how: 'swap' | 'empty' | 'drop-main' | 'macro' }
  | { kind: 'relationships'; target: string };

export type ByteMutation = { kind: 'flip'; at: number; mask: number } | { kind: 'insert'; at: number; bytes: number[] } | { kind: 'delete'; at: number; length: number } | { kind: 'truncate'; at: number };

export interface DocxCase {
  fixture: number;
  parts: PartMutation[];
  bytes: readonly ByteMutation[];
  compression: 'DEFLATE' | 'STORE';
}

const every = fc.integer({ min: 1, max: 5 });
const value = fc.constantFrom(...HOSTILE_VALUES);

const partMutation: fc.Arbitrary<PartMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('value' as const), element: fc.constantFrom(...VALUED), value, every, offset: fc.nat(4) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('cellProperties' as const), span: value, merge: value, every }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('numbering' as const), level: value, id: value, outline: value, every }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('nestTables' as const), depth: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constantFrom(50, 99, 100, 101, 500, 2000, 10_000)) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('stray' as const), part: fc.nat(), at: fc.nat(), text: fc.constantFrom(...STRAY) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), part: fc.nat(), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), every, text: fc.constantFrom(...TEXT) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('entities' as const), levels: fc.integer({ min: 1, max: 10 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), count: fc.integer({ min: 2, max: 3000 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), part: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), to: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      part: fc.nat(),
      name: fc.constantFrom('word/Document.xml', '/word/document.xml', 'word\\document.xml', 'word/document.xml/', '../document.xml', 'WORD/DOCUMENT.XML', ''),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('contentTypes' as const), how: fc.constantFrom('swap' as const, 'empty' as const, 'drop-main' as const, 'macro' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('relationships' as const),
      target: fc.constantFrom('document.xml', '../../../../etc/passwd', 'missing.xml', 'http://example.org/x', '', 'styles.xml#frag', 'C:\\x.xml'),
    }),
  },
);

const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

export function docxCase(fixtures: number): fc.Arbitrary<DocxCase> {
  return fc.record({
    fixture: fc.nat(fixtures - 1),
    parts: fc.array(partMutation, { maxLength: 4 }),
    // Most cases keep the zip whole, so that the mutated parts reach the reader.
    bytes: fc.oneof(
      { weight: 4, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.array(byteMutation, { minLength: 1, maxLength: 3 }) },
    ),
    compression: fc.constantFrom('DEFLATE' as const, 'DEFLATE' as const, 'STORE' as const),
  });
}

/** Replaces every `step`-th match of `pattern` in `text`, counting from 0. */
function replaceEvery(text: string, pattern: RegExp, step: number, replace: (match: string) => string, offset = 0): string {
  let index = 0;
  return text.replace(pattern, (match) => ((index++ + offset) % step === 0 ? replace(match) : match));
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

async function mutatePart(zip: JSZip, name: string, change: (xml: string) => string): Promise<void> {
  const part = zip.file(name);
  if (part) zip.file(name, change(await part.async('string')));
}

const XML_PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];

async function applyPart(zip: JSZip, mutation: PartMutation): Promise<void> {
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir).sort();
  const pick = (index: number) => names[index % names.length]!;
  switch (mutation.kind) {
    case 'value': {
      const pattern = new RegExp(`(<w:${mutation.element}\\b[^>]*?\\bw:val=")[^"]*"`, 'g');
      const replaced = escapeAttribute(mutation.value);
      for (const part of XML_PARTS) {
        await mutatePart(zip, part, (xml) => replaceEvery(xml, pattern, mutation.every, (match) => match.replace(/="[^"]*"$/, `="${replaced}"`), mutation.offset));
      }
      return;
    }
    case 'cellProperties': {
      const span = escapeAttribute(mutation.span);
      const merge = escapeAttribute(mutation.merge);
      return mutatePart(zip, 'word/document.xml', (xml) =>
        replaceEvery(xml, /<w:tc>/g, mutation.every, () => `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/><w:vMerge w:val="${merge}"/></w:tcPr>`),
      );
    }
    case 'numbering': {
      const [level, id, outline] = [mutation.level, mutation.id, mutation.outline].map(escapeAttribute);
      return mutatePart(zip, 'word/document.xml', (xml) =>
        replaceEvery(
          xml,
          /<w:p>/g,
          mutation.every,
          () => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr><w:outlineLvl w:val="${outline}"/></w:pPr>`,
        ),
      );
    }
    case 'nestTables': {
      const open = '<w:tbl><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc>';
      const close = '</w:tc></w:tr></w:tbl>';
      const nested = `${open.repeat(mutation.depth)}<w:p><w:r><w:t>Outcome 5: NI-12 baseline 2024</w:t></w:r></w:p>${close.repeat(mutation.depth)}`;
      return mutatePart(zip, 'word/document.xml', (xml) => xml.replace('<w:body>', `<w:body>${nested}<w:p/>`));
    }
    case 'stray': {
      const name = pick(mutation.part);
      return mutatePart(zip, name, (xml) => {
        const at = mutation.at % (xml.length + 1);
        return `${xml.slice(0, at)}${mutation.text}${xml.slice(at)}`;
      });
    }
    case 'cut': {
      const name = pick(mutation.part);
      return mutatePart(zip, name, (xml) => xml.slice(0, mutation.at % (xml.length + 1)));
    }
    case 'text': {
      const text = mutation.text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
      return mutatePart(zip, 'word/document.xml', (xml) => replaceEvery(xml, /(<w:t(?: [^>]*)?>)[^<]*/g, mutation.every, (match) => `${match.slice(0, match.indexOf('>') + 1)}${text}`));
    }
    case 'entities': {
      const entities = [`<!ENTITY e0 "lol">`];
      for (let level = 1; level <= mutation.levels; level++) entities.push(`<!ENTITY e${level} "${`&e${level - 1};`.repeat(10)}">`);
      return mutatePart(zip, 'word/document.xml', (xml) =>
        xml
          .replace(/^(<\?xml[^>]*\?>)?/, (declaration) => `${declaration}<!DOCTYPE w:document [${entities.join('')}]>`)
          .replace(/(<w:t(?: [^>]*)?>)/, `$1&e${mutation.levels};`),
      );
    }
    case 'repeat':
      return mutatePart(zip, 'word/document.xml', (xml) => {
        const paragraph = /<w:p>.*?<\/w:p>/.exec(xml)?.[0] ?? '<w:p/>';
        return xml.replace('<w:body>', `<w:body>${paragraph.repeat(mutation.count)}`);
      });
    case 'remove':
      zip.remove(pick(mutation.part));
      return;
    case 'copy': {
      const content = await zip.file(pick(mutation.from))!.async('uint8array');
      zip.file(pick(mutation.to), content);
      return;
    }
    case 'rename': {
      const from = pick(mutation.part);
      const content = await zip.file(from)!.async('uint8array');
      zip.remove(from);
      zip.file(mutation.name, content);
      return;
    }
    case 'contentTypes':
      return mutatePart(zip, '[Content_Types].xml', (xml) => {
        if (mutation.how === 'empty') return '';
        if (mutation.how === 'drop-main') return xml.replace(/<Override PartName="\/word\/document\.xml"[^>]*\/>/, '');
        if (mutation.how === 'macro') return xml.replace('document.main+xml', 'document.macroEnabled.main+xml');
        return xml.replace('wordprocessingml.document.main+xml', 'wordprocessingml.styles+xml');
      });
    case 'relationships':
      return mutatePart(zip, 'word/_rels/document.xml.rels', (xml) => xml.replace(/Target="[^"]*"/g, `Target="${escapeAttribute(mutation.target)}"`));
  }
}

function applyBytes(bytes: Buffer, mutation: ByteMutation): Buffer {
  const at = mutation.at % (bytes.length + 1);
  switch (mutation.kind) {
    case 'flip': {
      const copy = Buffer.from(bytes);
      if (at < copy.length) copy[at] = copy[at]! ^ mutation.mask;
      return copy;
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(mutation.bytes), bytes.subarray(at)]);
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + mutation.length)]);
    case 'truncate':
      return bytes.subarray(0, at);
  }
}

/** The package the case describes, built from `fixtures[case.fixture]`. */
export async function buildDocx(fixtures: readonly Buffer[], docx: DocxCase): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fixtures[docx.fixture]!);
  for (const mutation of docx.parts) await applyPart(zip, mutation);
  let bytes = await zip.generateAsync({ type: 'nodebuffer', compression: docx.compression });
  for (const mutation of docx.bytes) bytes = applyBytes(bytes, mutation);
  return bytes;
}

/**
 * The issue's hostile Word packages (issue 10: each crashed the process or
 * looped once), linted as fixed cases beside the fuzzed ones.
 */
export async function hostileDocx(base: Buffer): Promise<Array<{ name: string; bytes: Buffer }>> {
  const withDocument = async (change: (xml: string) => string) => {
    const zip = await JSZip.loadAsync(base);
    await mutatePart(zip, 'word/document.xml', change);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  };
  const firstCell = (properties: string) => (xml: string) => xml.replace(/<w:tc>(?:<w:tcPr>)?/, `<w:tc><w:tcPr>${properties}`);
  const hundredMegabytes = `<w:p><w:r><w:t>${'a'.repeat(1024 * 1024)}</w:t></w:r></w:p>`.repeat(100);
  return [
    { name: 'paragraphs-100mb', bytes: await withDocument((xml) => xml.replace('<w:body>', `<w:body>${hundredMegabytes}`)) },
    { name: 'grid-span-1e9', bytes: await withDocument(firstCell('<w:gridSpan w:val="1000000000"/>')) },
    { name: 'grid-span-abc', bytes: await withDocument(firstCell('<w:gridSpan w:val="abc"/>')) },
  ];
}
