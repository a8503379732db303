import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { workersFor } from '../../src/cli/many.js';
import { removeDir, ROOT, runCli, runJson, tempDir } from '../support/cli.js';

/*
 * Issue 11, item 3: a folder of 200 plans lints with its output in a stable
 * order, the files' sorted paths, however many threads lint them and in
 * whatever order they finish.
 */

const WORKER = pathToFileURL(path.join(ROOT, 'dist', 'src', 'cli', 'lint-worker.js'));
const COUNT = 200;

/** Plans of different lengths, so the threads finish out of order; names that sort differently as text and as numbers. */
function plans(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = COUNT - 1; index >= 0; index -= 1) {
    const area = ['north', 'south', 'East', '_central'][index % 4]!;
    const body = 'Unpaid carers in every locality will have a carer support plan by March 2027. '.repeat(1 + ((index * 7) % 5));
    files[`${area}/plan-${index}.md`] = `# Strategic plan ${index}\n\n## Carers\n\n${body}\n`;
  }
  return files;
}

const dir = tempDir(plans());
afterAll(() => removeDir(dir));

describe(`a folder of ${COUNT} plans`, () => {
  test('is reported in sorted-path order, the same from two threads as from this one', async () => {
    const here = await runJson(['.'], { cwd: dir });
    const paths = here.results.map((result) => result.filePath);
    expect(paths).toHaveLength(COUNT);
    expect(paths).toEqual([...paths].sort());
    expect(paths.slice(0, 2).map((file) => path.relative(dir, file))).toEqual(['East/plan-10.md', 'East/plan-102.md']);
    // Plans of different lengths in two threads finish out of order.
    const isolated = await runCli(['--format', 'json', '--concurrency', '2', '.'], { cwd: dir, lintWorker: WORKER, inThreadBelow: 64 * 1024 });
    // Compared whole, but not printed whole on failure: the report is some 2 MB.
    expect({ status: isolated.status, stderr: isolated.stderr, same: isolated.stdout === here.stdout }).toEqual({ status: here.status, stderr: '', same: true });
  });
});

describe('workersFor', () => {
  test('off keeps the single worker beside this thread; a number is that many threads, no more than the files', () => {
    expect(workersFor('off', 500, 8)).toBe(0);
    expect(workersFor(2, 500, 1)).toBe(2);
    expect(workersFor(4, 3, 8)).toBe(3);
    expect(workersFor(1, 0, 8)).toBe(1);
  });

  test('auto uses threads only with cores to spare beside the main thread and files enough for each', () => {
    expect(workersFor('auto', 1000, 1)).toBe(0);
    expect(workersFor('auto', 1000, 2)).toBe(0);
    expect(workersFor('auto', 1, 8)).toBe(0);
    expect(workersFor('auto', 1000, 4)).toBe(3);
    expect(workersFor('auto', 24, 16)).toBe(3);
  });
});
