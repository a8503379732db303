import type { Hover, Position, Range } from 'vscode-languageserver/node';
import type { LintMessage } from '../engine/results.js';
import type { RuleMeta } from '../engine/types.js';
import { dutyById } from '../framework/index.js';
import { rangeOf } from './diagnostics.js';
import plainWords from './provisions.json' with { type: 'json' };
import type { LintedDocument } from './state.js';

/**
 * The provisions the rules cite that are not statutory duties of their own
 * (duties.json says what each duty asks), in plain words for a hover: an
 * author drafting a plan knows the outcomes, seldom the section numbers.
 */
const PROVISIONS: Readonly<Record<string, string>> = plainWords;

/** What a provision asks, in a sentence: a duty's summary up to its first full stop, else the table above. */
export function provisionInWords(provision: string): string | undefined {
  const duty = dutyById(provision);
  if (duty) return /^.*?\.(?=\s|$)/su.exec(duty.summary)?.[0] ?? duty.summary;
  return PROVISIONS[provision];
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const holds = (range: Range, position: Position) => !before(position, range.start) && !before(range.end, position);

/** Markdown of the text of a finding or a rule's wording, which may hold `*`, `_` or `<` of its own. */
const escape = (text: string) => text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');

function section(message: LintMessage, meta: RuleMeta | undefined): string {
  const lines = [`**${escape(message.message)}**`, '', `planlint \`${message.ruleId}\` · ${message.level}`];
  if (message.help) lines.push('', `*What would satisfy it:* ${escape(message.help)}`);
  const provisions = meta?.provisions ?? [];
  if (provisions.length) {
    lines.push('', '*The law behind it:*');
    for (const provision of provisions) {
      const words = provisionInWords(provision);
      lines.push(`- ${escape(provision)}${words ? `: ${escape(words)}` : ''}`);
    }
  }
  if (meta?.docs.url) lines.push('', `[Documentation for ${message.ruleId}](${meta.docs.url})`);
  return lines.join('\n');
}

/**
 * The findings at `position`, each with the provision behind it in plain
 * words, what would satisfy it (the rule's `help`) and its page; null where
 * there is none, so the editor shows its own hover alone.
 */
export function hover(document: Pick<LintedDocument, 'result'>, position: Position, rulesMeta: Readonly<Record<string, RuleMeta>>): Hover | null {
  const found = document.result.messages
    .filter((message) => message.ruleId !== null && holds(rangeOf(message), position))
    .map((message) => ({ message, range: rangeOf(message) }));
  if (found.length === 0) return null;
  // The narrowest finding's range is the one the editor highlights: the others hold it.
  const narrowest = found.reduce((a, b) => (before(a.range.start, b.range.start) || before(b.range.end, a.range.end) ? b : a));
  return {
    contents: { kind: 'markdown', value: found.map(({ message }) => section(message, rulesMeta[message.ruleId!])).join('\n\n---\n\n') },
    range: narrowest.range,
  };
}
