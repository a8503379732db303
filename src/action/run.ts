import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '../cli/main.js';

/**
 * The GitHub Action (action.yml): the CLI run as the workflow's inputs ask,
 * in the workspace. Inputs come as the runner passes them, `INPUT_` and the
 * name upper-cased, hyphens kept (`INPUT_MAX-WARNINGS`).
 *
 * The report for the log (`format`, by default `github`: annotations, and
 * the job summary when the runner names one) and the SARIF file are two
 * runs of the CLI sharing a cache in the runner's temporary folder, so the
 * plans are linted once and the second run reads their results back.
 */
export async function runAction(io: CliIo): Promise<number> {
  const input = (name: string): string => (io.env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
  // One path or glob a line: plans' names often hold spaces ("Strategic Plan 2025.docx").
  const paths = input('paths')
    .split(/\r?\n/)
    .map((path) => path.trim())
    .filter(Boolean);
  const common = [...(input('config') ? ['--config', input('config')] : []), ...(input('max-warnings') ? ['--max-warnings', input('max-warnings')] : [])];
  const scratch = mkdtempSync(join(io.env['RUNNER_TEMP'] || tmpdir(), 'planlint-'));
  const cache = ['--cache', '--cache-location', join(scratch, 'cache')];
  const targets = paths.length > 0 ? paths : ['.'];
  try {
    const code = await main([...common, ...cache, '--format', input('format') || 'github', ...targets], io);
    const sarif = input('sarif-file');
    if (!sarif || code === 2) return code;
    // The SARIF file is written whatever the lint found: code scanning shows the findings of a failing run too.
    const written = await main([...common, ...cache, '--format', 'sarif', '--output-file', sarif, ...targets], { ...io, env: withoutSummary(io.env) });
    return written === 2 ? 2 : code;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The second run must not add a second copy of the results to the job summary. */
function withoutSummary(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  delete rest['GITHUB_STEP_SUMMARY'];
  return rest;
}
