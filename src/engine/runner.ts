import type { Analysis } from '../analysis/types.js';
import type { PlanDocument } from '../document/types.js';
import { interpolate } from './messages.js';
import type { LintMessage } from './results.js';
import { messageSeverity } from './severity.js';
import type { ReportDescriptor, Rule, RuleSeverity, RuleSetting } from './types.js';

export interface RunInput {
  filePath: string;
  document: PlanDocument;
  analysis: Analysis;
  rules: readonly Rule[];
  settings: Record<string, RuleSetting>;
}

/**
 * An exception thrown by a rule, wrapped so the report can say which rule
 * failed: a bug in one rule must not read as a fault of the plan.
 */
export class RuleFailure extends Error {
  override readonly name = 'RuleFailure';

  constructor(
    readonly ruleId: string,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Runs every enabled rule over one document. The analysis has read the plan
 * once for all of them, so a rule only decides and reports in its `end`
 * handler; there is no tree for rules to walk.
 */
export function runRules({ filePath, document, analysis, rules, settings }: RunInput): LintMessage[] {
  const messages: LintMessage[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    const severity = setting?.severity ?? 0;
    if (!setting || severity === 0) continue;
    if (rule.meta.documentTypes && !rule.meta.documentTypes.includes(analysis.documentType)) continue;
    try {
      rule
        .create({
          filePath,
          document,
          analysis,
          documentType: analysis.documentType,
          options: setting.options,
          report: (descriptor) => messages.push(toMessage(rule, severity, descriptor)),
        })
        .end?.();
    } catch (error) {
      throw new RuleFailure(rule.meta.id, error);
    }
  }
  return messages;
}

function toMessage(rule: Rule, severity: Exclude<RuleSeverity, 0>, descriptor: ReportDescriptor): LintMessage {
  const template = rule.meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${descriptor.messageId}"`);
  const { loc } = descriptor;
  const message: LintMessage = {
    ruleId: rule.meta.id,
    ...messageSeverity(severity),
    message: interpolate(template, descriptor.data),
    messageId: descriptor.messageId,
    line: loc.line,
    column: loc.column,
    endLine: loc.endLine,
    endColumn: loc.endColumn,
    sectionPath: loc.sectionPath,
  };
  const help = rule.meta.help?.[descriptor.messageId];
  if (help !== undefined) message.help = interpolate(help, descriptor.data);
  if (descriptor.suggest?.length) {
    message.suggestions = descriptor.suggest.map((suggestion) => ({
      desc: interpolate(rule.meta.messages[suggestion.messageId] ?? suggestion.messageId, suggestion.data),
      messageId: suggestion.messageId,
      fix: suggestion.fix,
    }));
  }
  if (descriptor.related?.length) {
    message.related = descriptor.related.map((related) => ({
      message: related.message,
      line: related.loc.line,
      column: related.loc.column,
      endLine: related.loc.endLine,
      endColumn: related.loc.endColumn,
    }));
  }
  return message;
}
