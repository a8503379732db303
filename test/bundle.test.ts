import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, FIXTURES, ROOT } from './support/cli.js';

/*
 * `npm run build` replaces dist/src/cli/bin.js with an esbuild bundle for
 * start-up speed. It must say exactly what the compiled modules say: the
 * same bytes on stdout and stderr, the same exit code, on every sample plan.
 */

const UNBUNDLED = `
  import { buffer } from 'node:stream/consumers';
  const { main } = await import(${JSON.stringify(join(ROOT, 'dist', 'src', 'cli', 'main.js'))});
  process.exitCode = await main(process.argv.slice(1), {
    stdout: process.stdout, stderr: process.stderr, readStdin: () => buffer(process.stdin), cwd: process.cwd(), env: process.env,
  });`;

// Three plans of each format reach every layer the bundle holds; all of them would only repeat those paths.
const pick = (pattern: RegExp) => readdirSync(FIXTURES).filter((name) => pattern.test(name) && name !== 'README.md').sort().slice(0, 3);
const plans = [...pick(/\.md$/), ...pick(/\.docx$/)].map((name) => join('fixtures', name));

function run(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('the bundled CLI', () => {
  test.each([['stylish'], ['json']])('prints what the unbundled CLI prints, in %s', (format) => {
    const args = ['--format', format, ...plans, 'fixtures/missing.md'];
    const bundled = run([BIN, ...args]);
    const unbundled = run(['--input-type=module', '-e', UNBUNDLED, '--', ...args]);
    expect(plans.length).toBe(6);
    expect(bundled.stdout.length).toBeGreaterThan(1000);
    expect(bundled).toEqual(unbundled);
    expect(bundled.status).toBe(2);
  });
});
