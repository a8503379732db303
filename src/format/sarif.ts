import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  ArtifactLocation,
  Location,
  Log,
  Notification,
  PhysicalLocation,
  Region,
  ReportingDescriptor,
  Result,
  Run,
} from 'sarif';
import { toolInfo } from '../engine/docs-url.js';
import type { LintMessage, LintResult } from '../engine/results.js';
import type { RuleMeta } from '../engine/types.js';
import type { FormatContext } from './index.js';

/*
 * SARIF 2.1.0 as GitHub code scanning takes it (docs: "SARIF support for code
 * scanning"): one run, every rule the run used described in `tool.driver`,
 * one result for each finding, suppressed ones included with their reason.
 *
 * A file that could not be linted is not a finding about the plan: it is a
 * `toolExecutionNotification` of the run's invocation, which then reports
 * `executionSuccessful: false`, as the exit code 2 does. An alert would stay
 * open in code scanning as if the plan had a gap, and close by itself once
 * the file was readable again. A directive problem (an unknown rule named in
 * a disable comment) has no rule either; it is a `toolConfigurationNotification`
 * at the directive.
 */

/**
 * Where the 2.1.0 schema is published now: the address in the OASIS
 * repository that older tools wrote moved when the repository was reorganised,
 * and GitHub's own documentation names this one.
 */
const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub code scanning rejects a run with more results than this (its upload limits); planlint cuts the run to it. */
export const MAX_SARIF_RESULTS = 25_000;

/** The base that every `artifactLocation.uri` is relative to: the checkout, for code scanning. */
const SRCROOT = '%SRCROOT%';

/** The name of planlint's own fingerprint in `partialFingerprints`; the version changes whenever its recipe does. */
const FINGERPRINT = 'planlintFinding/v1';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const satisfies Record<LintMessage['level'], Result.level>;

const DEFAULT_LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const satisfies Record<RuleMeta['severity'], Result.level>;

export function formatSarif(results: readonly LintResult[], context: FormatContext): string {
  const metas = Object.values(context.rulesMeta);
  const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
  const found: Result[] = [];
  const failures: Notification[] = [];
  const directiveProblems: Notification[] = [];
  for (const result of results) {
    const artifact = artifactLocation(result.filePath, context.cwd);
    const fingerprints = fingerprintsOf(result, artifact);
    for (const message of result.messages) {
      // A notification is read in a list of its own, away from the file: its text names the file.
      if (message.fatal) failures.push(notification(message, { artifactLocation: artifact }, result.filePath, context.cwd));
      else if (message.ruleId === null) {
        directiveProblems.push(notification(message, physicalLocation(message, artifact), result.filePath, context.cwd));
      }
      else found.push(sarifResult(message, artifact, ruleIndex, fingerprints.get(message)!));
    }
    for (const message of result.suppressedMessages) {
      const justification = message.suppressions?.find((suppression) => suppression.justification !== '')?.justification;
      // A directive sits in the plan itself; the baseline (planlint-suppressions.json) is kept beside it.
      const kind = message.suppressions?.some((suppression) => suppression.kind === 'file') ? 'external' : 'inSource';
      found.push({
        ...sarifResult(message, artifact, ruleIndex, fingerprints.get(message)!),
        suppressions: [{ kind, ...(justification ? { justification } : {}) }],
      });
    }
  }
  const kept = withinLimit(found);
  const omitted = found.length - kept.length;
  const { version, informationUri } = toolInfo();
  const run: Run = {
    tool: { driver: { name: 'planlint', version, semanticVersion: version, informationUri, rules: metas.map(ruleDescriptor) } },
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep).href } },
    invocations: [
      {
        executionSuccessful: failures.length === 0,
        ...nonEmpty('toolExecutionNotifications', [...failures, ...(omitted > 0 ? [cutNotice(found.length, omitted)] : [])]),
        ...nonEmpty('toolConfigurationNotifications', directiveProblems),
      },
    ],
    results: kept,
    columnKind: 'utf16CodeUnits',
    ...(omitted > 0 ? { properties: { resultsTotal: found.length, resultsOmitted: omitted } } : {}),
  };
  const log: Log = { $schema: SCHEMA_URI, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function nonEmpty<Key extends string>(key: Key, notifications: Notification[]): Partial<Record<Key, Notification[]>> {
  return notifications.length > 0 ? ({ [key]: notifications } as Partial<Record<Key, Notification[]>>) : {};
}

function ruleDescriptor(meta: RuleMeta): ReportingDescriptor {
  const description = sentence(meta.docs.description);
  const provisions = meta.provisions?.length ? `Provisions: ${meta.provisions.join(', ')}.` : '';
  // The help is written per message id; a message without one is a suggestion's label, not a finding.
  const remedies = Object.entries(meta.help ?? {}).map(([id, help]) => ({ finding: placeholders(meta.messages[id] ?? id), help }));
  const text = [
    description,
    ...remedies.map(({ finding, help }) => `${finding}\n  ${help}`),
    [provisions, meta.docs.url].filter(Boolean).join('\n'),
  ];
  const markdown = [
    description,
    remedies.map(({ finding, help }) => `- **${finding}**  \n  ${help}`).join('\n'),
    [provisions, `[Documentation](${meta.docs.url})`].filter(Boolean).join(' '),
  ];
  return {
    id: meta.id,
    shortDescription: { text: meta.docs.description },
    fullDescription: { text: [description, provisions].filter(Boolean).join(' ') },
    help: { text: text.join('\n\n'), markdown: markdown.filter(Boolean).join('\n\n') },
    helpUri: meta.docs.url,
    defaultConfiguration: { level: DEFAULT_LEVEL[meta.severity] },
    // The provisions as tags too: code scanning filters alerts by tag. No `security-severity`: a gap in a plan is no vulnerability.
    properties: { provisions: [...(meta.provisions ?? [])], tags: [...(meta.provisions ?? [])] },
  };
}

/** A rule's message template as its help shows it: each `{{name}}` the rule fills in as ‹name›. */
function placeholders(template: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, '‹$1›');
}

function sentence(text: string): string {
  return /[.!?]$/u.test(text) ? text : `${text}.`;
}

function sarifResult(
  message: LintMessage,
  artifact: ArtifactLocation,
  ruleIndex: ReadonlyMap<string, number>,
  fingerprint: string,
): Result {
  const index = ruleIndex.get(message.ruleId!);
  return {
    ruleId: message.ruleId!,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[message.level],
    message: { text: message.message },
    locations: [{ physicalLocation: physicalLocation(message, artifact) }],
    ...(message.related?.length
      ? {
          relatedLocations: message.related.map(
            (related, id): Location => ({
              id,
              physicalLocation: { artifactLocation: artifact, region: region(related) },
              message: { text: related.message },
            }),
          ),
        }
      : {}),
    partialFingerprints: { [FINGERPRINT]: fingerprint },
    properties: {
      sectionPath: message.sectionPath,
      // A PDF's line counts through the document, which no PDF reader shows: the page and the line on it are what a reader goes to.
      ...(message.page === undefined ? {} : { page: message.page, pageLine: message.pageLine }),
      ...(message.messageId ? { messageId: message.messageId } : {}),
      ...(message.help ? { help: message.help } : {}),
    },
  };
}

/**
 * The finding's place. A Word finding's line is its paragraph's ordinal,
 * which neither GitHub nor Word shows, so the region also carries the
 * paragraph's opening words as its snippet and the ordinal by its name; a
 * PDF finding's region carries its line's opening words, and the result
 * its page.
 */
function physicalLocation(message: LintMessage, artifact: ArtifactLocation): PhysicalLocation {
  const place = region(message);
  if (message.quote !== undefined) place.snippet = { text: message.quote };
  if (message.quote !== undefined && message.page === undefined) place.properties = { paragraph: message.line };
  return { artifactLocation: artifact, region: place };
}

/** SARIF's lines and columns are 1-based with the end column exclusive, as planlint's are; a region never ends before it starts. */
function region(place: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): Region {
  const startLine = Math.max(1, place.line);
  const startColumn = Math.max(1, place.column);
  const endLine = Math.max(startLine, place.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, place.endColumn) : Math.max(1, place.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * The file relative to the working folder, with `/` between its parts and
 * each part percent-encoded (a space, `#` or `%` in a plan's name would
 * otherwise make an invalid or a different URI). A file outside the working
 * folder is not under the checkout's root, so it gets its absolute file URL.
 */
function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const path = relative(cwd, filePath);
  if (path === '' || isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`)) {
    return { uri: pathToFileURL(resolve(cwd, filePath)).href };
  }
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/**
 * Fingerprints that follow a finding, not a line: a hash of the file, the
 * rule, the message id and text (which name the concept and the finding's
 * data), the section path and a Word finding's quote, with the finding's
 * ordinal among findings of the same hash for the rare twins in one section.
 * Text added or removed elsewhere moves the line of every later finding,
 * and the upload action's line hashes are meaningless for a Word file, whose
 * "lines" are paragraphs inside a zip; none of that changes these.
 * Suppressed findings are counted with the others, so that silencing one
 * does not change the fingerprint of its twin.
 */
function fingerprintsOf(result: LintResult, artifact: ArtifactLocation): Map<LintMessage, string> {
  const findings = [...result.messages, ...result.suppressedMessages]
    .filter((message) => message.ruleId !== null && !message.fatal)
    .sort((a, b) => a.line - b.line || a.column - b.column);
  const seen = new Map<string, number>();
  const fingerprints = new Map<LintMessage, string>();
  for (const message of findings) {
    const identity = JSON.stringify([
      artifact.uri,
      message.ruleId,
      message.messageId ?? '',
      message.message,
      message.sectionPath,
      message.quote ?? '',
    ]);
    const ordinal = seen.get(identity) ?? 0;
    seen.set(identity, ordinal + 1);
    fingerprints.set(message, createHash('sha256').update(`${identity}#${ordinal}`).digest('hex'));
  }
  return fingerprints;
}

function notification(message: LintMessage, location: PhysicalLocation, filePath: string, cwd: string): Notification {
  return {
    level: LEVEL[message.level],
    message: { text: `${relative(cwd, filePath).split(sep).join('/') || filePath}: ${message.message}` },
    locations: [{ physicalLocation: location }],
  };
}

/** Rank for keeping results when a run is cut: errors first, then warnings, notes, and suppressed findings last. */
function rank(result: Result): number {
  if (result.suppressions) return 3;
  return result.level === 'error' ? 0 : result.level === 'warning' ? 1 : 2;
}

/** At most MAX_SARIF_RESULTS results, the most severe kept, in their original order. */
function withinLimit(found: readonly Result[]): Result[] {
  if (found.length <= MAX_SARIF_RESULTS) return [...found];
  const keep = new Set(
    found
      .map((result, index) => ({ index, rank: rank(result) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .slice(0, MAX_SARIF_RESULTS)
      .map(({ index }) => index),
  );
  return found.filter((_result, index) => keep.has(index));
}

function cutNotice(total: number, omitted: number): Notification {
  const count = (value: number) => value.toLocaleString('en-GB');
  return {
    level: 'warning',
    message: {
      text:
        `${count(omitted)} of ${count(total)} results were left out: GitHub code scanning takes at most ` +
        `${count(MAX_SARIF_RESULTS)} a run. Errors were kept first, then warnings, notes and suppressed findings.`,
    },
  };
}
