import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { lintCases, regressionFiles, runCampaign, type FuzzCase, type Totals } from '../../scripts/fuzz-run.js';
import { fixture, FIXTURES, removeDir, ROOT, runJson, tempDir } from '../support/cli.js';

/*
 * Issue 10, item 6: the fuzzer's cases, linted through the CLI with every
 * file in the lint worker under its budgets. A few hundred run here on every
 * test run (the full campaign is `npm run fuzz`, README "Fuzzing"); every
 * case a campaign ever found failing is in fixtures/fuzz/regressions/ and
 * is linted here by name.
 */

const WORKER = pathToFileURL(path.join(ROOT, 'dist', 'src', 'cli', 'lint-worker.js'));
const FAULTY = pathToFileURL(path.join(ROOT, 'test', 'support', 'faulty-lint-worker.js'));
const REGRESSIONS = path.join(FIXTURES, 'fuzz', 'regressions');
const DOCX_FIXTURES = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.docx'))
  .sort()
  .map((name) => path.join(FIXTURES, name));

const SEED = 20_251_206;
const MARKDOWN_CASES = 120;
const DOCX_CASES = 30;

/** The suite shares two cores with every other test file: a loop that never ends still overruns this, a slow moment does not. */
const maxTimePerFile = 30;

const lintedCount = (totals: Totals) => Object.values(totals.exitCodes).reduce((sum, count) => sum + count, 0);

describe(`${MARKDOWN_CASES} Markdown and ${DOCX_CASES} Word cases, seed ${SEED}`, () => {
  let totals: Totals;
  beforeAll(async () => {
    const cases = { markdownCases: MARKDOWN_CASES, docxCases: DOCX_CASES };
    totals = await runCampaign({ seed: SEED, ...cases, fixed: false, lintWorker: WORKER, docxFixtures: DOCX_FIXTURES, maxTimePerFile });
  }, 120_000);

  test('no crash and no hang', () => {
    expect(totals.crashes).toEqual([]);
    expect(totals.hangs).toEqual([]);
  });

  test('every case has its result, and the cases reach the rules as well as the limits', () => {
    expect(totals.cases).toBe(MARKDOWN_CASES + DOCX_CASES);
    expect(lintedCount(totals)).toBe(MARKDOWN_CASES + DOCX_CASES);
    // Refusals alone would test only the front door: most cases must be linted through to findings.
    expect(totals.exitCodes[1] ?? 0).toBeGreaterThan((MARKDOWN_CASES + DOCX_CASES) / 3);
    expect(totals.exitCodes[2] ?? 0).toBeGreaterThan(0);
  });
});

describe('what counts as a hang', () => {
  test('a case that overruns its time or its memory is a hang, saved as a regression fixture', async () => {
    // The faulty worker's rule never ends on a file named …frozen.md and hoards memory on one named …balloon.md.
    const saved = tempDir();
    try {
      const text = fs.readFileSync(fixture('strategic-plan-complete.md'));
      const cases: FuzzCase[] = [
        { name: 'markdown-frozen', kind: 'markdown', bytes: text },
        { name: 'markdown-balloon', kind: 'markdown', bytes: text },
      ];
      const budgets = { maxTimePerFile: 1, maxMemoryPerFile: 128 };
      const totals = await lintCases(cases, { seed: SEED, lintWorker: FAULTY, regressions: saved, ...budgets });
      expect(totals.hangs.map((hang) => hang.name)).toEqual(['markdown-frozen', 'markdown-balloon']);
      expect(totals.crashes).toEqual([]);
      expect(fs.readdirSync(saved).sort()).toEqual(['markdown-balloon.md', 'markdown-frozen.md']);
    } finally {
      removeDir(saved);
    }
  });
});

describe('regression fixtures', () => {
  const files = regressionFiles(REGRESSIONS);
  let totals: Totals;
  beforeAll(async () => {
    const cases: FuzzCase[] = files.map((file) => ({
      name: path.basename(file, path.extname(file)),
      kind: file.endsWith('.docx') ? 'docx' : 'markdown',
      bytes: fs.readFileSync(path.join(REGRESSIONS, file)),
    }));
    totals = await lintCases(cases, { seed: SEED, lintWorker: WORKER, maxTimePerFile });
  }, 120_000);

  test('there are some', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s lints with exit 0, 1 or 2, one line if refused, and nothing else on stderr', (file) => {
    const name = path.basename(file, path.extname(file));
    expect([...totals.crashes, ...totals.hangs].filter((failure) => failure.name === name || failure.name.includes('..'))).toEqual([]);
  });
});

describe('the faults fuzzing found, as the user sees them', () => {
  test('a Word part cut short inside its XML declaration is a damaged file, not an internal error', async () => {
    const run = await runJson([path.join(REGRESSIONS, 'docx-s1-c38.docx')], { lintWorker: WORKER });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/: cannot be read as a Word document \(its part word\/_rels\/footnotes\.xml\.rels has no XML element\): save it again from Word\n$/);
  });

  test('tables nested thousands deep are refused before mammoth recurses through them', async () => {
    const run = await runJson([path.join(REGRESSIONS, 'docx-s1-c88.docx')], { lintWorker: WORKER });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/: nests elements in word\/document\.xml over 1,000 levels deep \(tables within tables\); planlint reads at most 1,000\n$/);
  });

  test('front matter with a mapping as a key lints without the YAML reader writing a warning to the process', async () => {
    const dir = tempDir({ 'plan.md': '---\n? complex: key\ntitle: Strategic Plan 2025–2028\n---\n\n# Strategic Plan\n\nWe will act.\n' });
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      const run = await runJson(['plan.md'], { cwd: dir });
      expect(run.status).not.toBe(2);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      removeDir(dir);
    }
  });
});
