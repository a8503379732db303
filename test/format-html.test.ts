import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LintMessage, LintResult } from '../src/engine/results.js';
import type { RuleMeta } from '../src/engine/types.js';
import { formatResults } from '../src/format/index.js';
import { lintFile, rulesMeta } from '../src/index.js';
import { fixture, ROOT } from './support/cli.js';

const html = (results: readonly LintResult[], meta: Readonly<Record<string, RuleMeta>> = rulesMeta) =>
  formatResults(results, 'html', { color: false, cwd: ROOT, rulesMeta: meta });

/** The gaps sample in both formats and a file that does not exist: every kind of section the page has. */
async function sampleResults(): Promise<LintResult[]> {
  const files = [fixture('strategic-plan-gaps.md'), fixture('strategic-plan-gaps.docx'), fixture('no-such-plan.md')];
  return Promise.all(files.map((file) => lintFile(file, { explain: true })));
}

const hostile = '<script>alert("x")</script> & \'quoted\'';

function hostileResult(): LintResult {
  const message: LintMessage = {
    ruleId: 'outcome-coverage',
    severity: 2,
    level: 'error',
    message: `Outcome 6 (unpaid carers) is not addressed ${hostile}`,
    line: 2,
    column: 1,
    endLine: 2,
    endColumn: 5,
    sectionPath: [hostile],
    help: hostile,
    quote: hostile,
  };
  return {
    filePath: path.join(ROOT, `plans/${hostile}.docx`),
    messages: [message],
    suppressedMessages: [],
    errorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fatalErrorCount: 0,
    coverage: {
      documentType: 'strategic-plan',
      documentTypeSource: 'detected',
      documentTypeEvidence: { from: 'heading', text: hostile, confidence: 'strong' },
      outcomes: [{ id: 6, status: 'missing', locations: [] }],
      principles: [{ id: 'rights', status: 'mentioned', locations: [{ line: 4, column: 2 }] }],
    },
  };
}

/** Every `href` and `src` the page holds, unescaped as a browser reads them. */
function references(page: string): string[] {
  return [...page.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/giu)].map(([, value]) => value!.replace(/&amp;/gu, '&'));
}

describe('--format html', () => {
  test('escapes what plans and file names hold: no tag or attribute of theirs reaches the page', () => {
    const page = html([hostileResult()]);
    expect(page.match(/<script/giu)).toBeNull();
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    // The file name, the section, the quote, the help, the message and the heading the type was read from.
    expect(page.split('&lt;script&gt;').length - 1).toBeGreaterThanOrEqual(6);
  });

  test('is self-contained: no script, stylesheet, image or font from anywhere, and links out only to the rules’ pages', async () => {
    const page = html(await sampleResults());
    expect(page).not.toMatch(/<script|<link|<img|<iframe|<object|@import|url\(/iu);
    const docs = new Set(Object.values(rulesMeta).map((meta) => meta.docs.url));
    const outside = references(page).filter((ref) => !ref.startsWith('#'));
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.filter((ref) => !docs.has(ref))).toEqual([]);
    expect(references(page).filter((ref) => ref.startsWith('#') === false && !/^(?:https?|file):/u.test(ref))).toEqual([]);
  });

  test('links a rule’s page only when it is a web or file address', () => {
    const meta = { 'outcome-coverage': { ...rulesMeta['outcome-coverage']!, docs: { description: 'x', url: 'javascript:alert(1)' } } };
    const page = html([hostileResult()], meta);
    expect(page).not.toContain('javascript:');
  });

  test('every link inside the page lands on an element of it', async () => {
    const page = html(await sampleResults());
    const ids = new Set([...page.matchAll(/\bid="([^"]+)"/gu)].map(([, id]) => id));
    const targets = references(page).filter((ref) => ref.startsWith('#')).map((ref) => ref.slice(1));
    expect(targets.length).toBeGreaterThan(50);
    expect(targets.filter((target) => !ids.has(target))).toEqual([]);
  });

  test('ties each finding that names a concept to its cell, and quotes where each concept is addressed', async () => {
    const [markdown] = await sampleResults();
    const page = html([markdown!]);
    // Outcome 6 is missing: its own finding and the claim that names "outcomes 6, 8" are linked from its row.
    const row = /<tr><th scope="row"><a href="#f1-outcome-6">Outcome 6 \(unpaid carers\)<\/a><\/th>(.*?)<\/tr>/u.exec(page)?.[1] ?? '';
    expect(row).toContain('<td class="status missing"><a href="#f1-outcome-6">missing</a></td>');
    expect(row.match(/href="#f1-finding-\d+"/gu)).toHaveLength(2);
    expect(page).toMatch(/<span class="at">53:8<\/span> reference <span class="quote">“Outcome 1”<\/span>/u);
    expect(page).toContain('<strong>Judged as:</strong> strategic plan (from its front matter)');
  });
});

/** Debian's `chromium`, or the name it has elsewhere; undefined when none is installed. */
function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

const chromium = findChromium();
const OUTPUT = path.join(ROOT, 'test-output');

function runChromium(args: readonly string[], profile: string): string {
  const run = spawnSync(
    chromium!,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--user-data-dir=${profile}`, '--window-size=1280,2000', ...args],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`chromium exited ${String(run.status)}: ${run.stderr}`);
  return run.stdout;
}

// Skipped, and saying why in its name, only where no Chromium is installed; CI installs it (.ci/run).
const BROWSER = chromium ? 'in a real browser' : 'in a real browser (skipped: chromium is not installed; apt-get install chromium)';

describe.skipIf(!chromium)(BROWSER, () => {
  test('headless Chromium shows every file’s statuses as the results have them, and leaves a screenshot in test-output/', async () => {
    const results = await sampleResults();
    fs.mkdirSync(OUTPUT, { recursive: true });
    const page = path.join(OUTPUT, 'planlint-report.html');
    const screenshot = path.join(OUTPUT, 'planlint-report.png');
    fs.writeFileSync(page, html(results));
    fs.rmSync(screenshot, { force: true });
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'planlint-chromium-'));
    try {
      const dom = runChromium(['--dump-dom', `file://${page}`], profile);
      runChromium([`--screenshot=${screenshot}`, `file://${page}`], profile);
      // The DOM as the browser built it: a stray tag or quote in the page would have moved these cells.
      const shown = [...dom.matchAll(/<td class="status (\w+)"><a href="#(f\d+)-(\w+)-([\w-]+)">(\w+)<\/a><\/td>/gu)].map(
        ([, kind, file, family, id, text]) => [file, family, id, kind, text],
      );
      const expected = results.flatMap((result, index) =>
        result.coverage
          ? [
              ...result.coverage.outcomes.map((entry) => [`f${index + 1}`, 'outcome', String(entry.id), entry.status, entry.status]),
              ...result.coverage.principles.map((entry) => [`f${index + 1}`, 'principle', entry.id, entry.status, entry.status]),
            ]
          : [],
      );
      expect(expected).toHaveLength(44);
      expect(shown).toEqual(expected);
      expect(dom).toContain('Not linted:</strong> does not exist');
      const png = fs.readFileSync(screenshot);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
