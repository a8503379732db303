import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import type { LintResult } from '../../src/engine/results.js';
import { fixture, runJson, tempDir } from '../support/cli.js';
import { authorsPlan } from '../support/docx-builders.js';

/*
 * The proof that a real word processor shows the comments: the
 * copies are converted to OpenDocument by LibreOffice, whose reading of a
 * Word comment is an `office:annotation` in the paragraph it was anchored
 * on, by its author.
 */

/** Debian's `soffice` (libreoffice-writer); undefined when none is installed. */
function findSoffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    if (spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0) return name;
  }
  return undefined;
}

const soffice = findSoffice();
const TITLE = soffice
  ? 'the copies opened in LibreOffice'
  : 'the copies opened in LibreOffice (skipped: soffice is not installed; apt-get install --no-install-recommends libreoffice-writer)';

/** Converts the files to .odt in one start of LibreOffice (some 2 s each start), with a profile of its own. */
function toOdt(files: readonly string[], outdir: string): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'planlint-soffice-'));
  try {
    const run = spawnSync(soffice!, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'odt', '--outdir', outdir, ...files], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (run.status !== 0) throw new Error(`soffice exited ${String(run.status)}: ${run.stderr}`);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

interface Annotation {
  creator: string;
  /** The annotation's first paragraph. */
  text: string;
  /** The text of the paragraph it stands in, whitespace collapsed, annotations left out. */
  paragraph: string;
}

/** The annotations of an .odt, each with the paragraph it stands in, read from content.xml with a strict parser. */
async function annotationsOf(odt: string): Promise<Annotation[]> {
  const xml = await (await JSZip.loadAsync(fs.readFileSync(odt))).file('content.xml')!.async('string');
  const found: Annotation[] = [];
  const paragraphs: { text: string; annotations: Omit<Annotation, 'paragraph'>[] }[] = [];
  let annotation: { creator: string; paragraphs: string[]; in: string } | undefined;
  let trackedChanges = 0;
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  const append = (text: string) => {
    if (annotation) {
      if (annotation.in === 'dc:creator') annotation.creator += text;
      else if (annotation.in === 'text:p') annotation.paragraphs[annotation.paragraphs.length - 1] += text;
    } else if (trackedChanges === 0) for (const paragraph of paragraphs) paragraph.text += text;
  };
  parser.on('opentag', (tag) => {
    if (tag.name === 'office:annotation') annotation = { creator: '', paragraphs: [], in: '' };
    else if (annotation) {
      if (tag.name === 'dc:creator') annotation.in = 'dc:creator';
      else if (tag.name === 'text:p') {
        annotation.in = 'text:p';
        annotation.paragraphs.push('');
      }
    } else if (tag.name === 'text:tracked-changes') trackedChanges += 1;
    else if (tag.name === 'text:p' || tag.name === 'text:h') paragraphs.push({ text: '', annotations: [] });
    else if (tag.name === 'text:s' || tag.name === 'text:tab' || tag.name === 'text:line-break') append(' ');
  });
  parser.on('text', append);
  parser.on('closetag', (tag) => {
    if (tag.name === 'office:annotation') {
      paragraphs.at(-1)!.annotations.push({ creator: annotation!.creator, text: annotation!.paragraphs[0] ?? '' });
      annotation = undefined;
    } else if (annotation) annotation.in = '';
    else if (tag.name === 'text:tracked-changes') trackedChanges -= 1;
    else if (tag.name === 'text:p' || tag.name === 'text:h') {
      const paragraph = paragraphs.pop()!;
      const text = paragraph.text.replace(/\s+/g, ' ').trim();
      found.push(...paragraph.annotations.map((each) => ({ ...each, paragraph: text })));
    }
  });
  parser.write(xml).close();
  return found;
}

/** What each finding should show in LibreOffice: a comment by planlint with its message, on the paragraph its quote opens. */
const expected = (result: LintResult) =>
  result.messages.map((message) => ({ text: `${message.ruleId ?? 'planlint'} (${message.level}): ${message.message}`, quote: (message.quote ?? '').replace(/…$/, '') })).sort(byText);

const shownBy = (annotations: readonly Annotation[]) =>
  annotations.filter((annotation) => annotation.creator === 'planlint').map(({ text, paragraph }) => ({ text, paragraph })).sort(byText);

const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);

describe.skipIf(!soffice)(TITLE, () => {
  test('one comment by planlint a finding, on its paragraph; annotating the copy again replaces them; the author\'s comments stay', async () => {
    const dir = tempDir({
      'gaps.docx': fs.readFileSync(fixture('strategic-plan-gaps.docx')),
      'word.docx': fs.readFileSync(fixture('word-strategic-plan.docx')),
      'authors.docx': await authorsPlan(),
    });
    const plans = ['gaps', 'word', 'authors'];
    const first = await runJson(['--annotate-docx-suffix', '.planlint', '.'], { cwd: dir });
    expect(first.status).toBe(1);
    const again: Record<string, LintResult> = {};
    for (const plan of plans) {
      const run = await runJson(['--annotate-docx', `${plan}.twice.docx`, `${plan}.planlint.docx`], { cwd: dir });
      again[plan] = run.results[0]!;
    }
    const odt = path.join(dir, 'odt');
    toOdt(plans.flatMap((plan) => [`${plan}.docx`, `${plan}.planlint.docx`, `${plan}.twice.docx`].map((name) => path.join(dir, name))), odt);

    for (const plan of plans) {
      const result = first.results.find((each) => path.basename(each.filePath) === `${plan}.docx`)!;
      expect(result.messages.length, plan).toBeGreaterThan(0);
      const original = await annotationsOf(path.join(odt, `${plan}.odt`));
      for (const copy of [`${plan}.planlint.odt`, `${plan}.twice.odt`]) {
        const annotations = await annotationsOf(path.join(odt, copy));
        const shown = shownBy(annotations);
        expect(shown.map((each) => each.text), copy).toEqual(expected(result).map((each) => each.text));
        for (const [index, want] of expected(result).entries()) expect(shown[index]!.paragraph.startsWith(want.quote), `${copy}: "${shown[index]!.paragraph}" opens with "${want.quote}"`).toBe(true);
        expect(annotations.filter((each) => each.creator !== 'planlint'), copy).toEqual(original);
      }
      // The copy lints as the plan: the same findings, so the second run's comments are the first's.
      expect(expected(again[plan]!)).toEqual(expected(result));
    }
    expect((await annotationsOf(path.join(odt, 'authors.odt'))).map(({ creator, text }) => ({ creator, text }))).toEqual([{ creator: 'Reviewer', text: 'Please update.' }]);
  }, 120_000);
});

