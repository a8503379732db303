import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { lintText } from '../../src/core/lint.js';
import { fixture, ROOT } from '../support/cli.js';
import { SERVER_BIN } from './support/client.js';

/*
 * A real editor's client: Debian's Neovim (0.7, push diagnostics only)
 * starts the built server, opens a plan, and edits it. CI installs Neovim
 * (.ci/run); elsewhere the test says why it did not run.
 */
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNeovim = nvim.status === 0;
if (!hasNeovim) console.warn('test/lsp/neovim.test.ts: skipped, nvim is not installed (CI installs it: apt-get install neovim)');

interface Seen {
  lnum: number;
  col: number;
  source: string;
  code: string | null;
  message: string;
  lsp_code: string | null;
}

/** The line that says "Outcome 10": deleting it removes the outcome-reference finding and nothing else of the text. */
const DELETED_LINE = 91;

test.skipIf(!hasNeovim)('Neovim receives planlint diagnostics on opening a plan and again after an edit', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'planlint-nvim-'));
  const plan = path.join(folder, 'plan.md');
  copyFileSync(fixture('strategic-plan-gaps.md'), plan);
  const out = path.join(folder, 'seen.json');
  const script = path.join(ROOT, 'test', 'lsp', 'support', 'neovim.lua');
  const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${script}`], {
    env: { ...process.env, PLANLINT_SERVER: SERVER_BIN, PLANLINT_PLAN: plan, PLANLINT_OUT: out, PLANLINT_DELETE_LINE: `${DELETED_LINE}` },
    encoding: 'utf8',
    timeout: 90_000,
  });
  const seen = JSON.parse(readFileSync(out, 'utf8')) as { before: Seen[]; after: Seen[]; removed: string; error?: string };
  expect(seen.error).toBeUndefined();
  expect(run.status).toBe(0);

  const text = readFileSync(plan, 'utf8');
  const lines = text.split('\n');
  expect(seen.removed).toBe(lines[DELETED_LINE - 1]);
  const edited = [...lines.slice(0, DELETED_LINE - 1), ...lines.slice(DELETED_LINE)].join('\n');
  const expected = (source: string) =>
    lintText(source, { cwd: folder, filePath: plan })
      .messages.map(({ line, column, ruleId, message }) => ({ lnum: line - 1, col: column - 1, source: 'planlint', code: ruleId, message, lsp_code: ruleId }))
      .sort(byPlace);
  expect([...seen.before].sort(byPlace)).toEqual(expected(text));
  expect([...seen.after].sort(byPlace)).toEqual(expected(edited));
  expect(seen.before.map((item) => item.code)).toContain('outcome-reference');
  expect(seen.after.map((item) => item.code)).not.toContain('outcome-reference');
});


function byPlace(a: Seen, b: Seen): number {
  const [left, right] = [`${a.code ?? ''} ${a.message}`, `${b.code ?? ''} ${b.message}`];
  return a.lnum - b.lnum || a.col - b.col || (left < right ? -1 : left > right ? 1 : 0);
}
