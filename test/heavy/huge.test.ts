import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { lintText } from '../../src/index.js';
import { resultFor, runJson } from '../support/cli.js';
import { expectGood, scratchFolders } from '../support/fatal.js';

/** Plans far larger than a real one, and still within the limits: linted to the end, not refused. */

const scratch = scratchFolders();

test('a list of 20,000 items lints to the end', () => {
  const text = '- item\n'.repeat(20_000);
  const result = lintText(text, { filePath: 'plan.md' });
  expect(result.fatalErrorCount).toBe(0);
  expect(result.coverage?.outcomes).toHaveLength(9);
});

test('a large allowed plan (about 1 MB) lints without crashing', async () => {
  const header = '---\ntitle: Glenmuir Strategic Plan 2025–2028\ndocumentType: strategic-plan\n---\n\n# Glenmuir Strategic Plan\n';
  const parts = [header];
  let size = header.length;
  for (let locality = 1; size < 1024 * 1024; locality++) {
    const section =
      `\n## Locality ${locality}\n\n` +
      'We will help people to live independently at home or in a homely setting. ' +
      `By March 2027 the locality manager will increase the number of people supported at home from ${400 + (locality % 50)} to 450 (NI-18).\n\n` +
      '| Action | Lead | Timescale |\n|---|---|---|\n' +
      `| Expand reablement in locality ${locality} | Head of Adult Services | March 2027 |\n`;
    parts.push(section);
    size += section.length;
  }
  const dir = scratch({ 'huge.md': parts.join('') });
  expect(fs.statSync(path.join(dir, 'huge.md')).size).toBeGreaterThan(1024 * 1024);

  const run = await runJson(['huge.md', 'good.md'], { cwd: dir });
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.status);
  const huge = resultFor(run.results, path.join(dir, 'huge.md'));
  expect(huge.fatalErrorCount).toBe(0);
  expect(huge.coverage!.outcomes.find((entry) => entry.id === 2)?.status).toBe('evidenced');
  expectGood(resultFor(run.results, path.join(dir, 'good.md')));
});
