import type { Analysis } from '../analysis/types.js';
import type { PlanDocument } from '../document/types.js';
import { interpolate } from './messages.js';
import type { LintMessage } from './results.js';
import type { ReportDescriptor, Rule, RuleHandlers, RuleSetting } from './types.js';

export interface RunInput {
  filePath: string;
  document: PlanDocument;
  analysis: Analysis;
  rules: readonly Rule[];
  settings: Record<string, RuleSetting>;
}

/**
 * Runs every enabled rule over one document in a single walk: rules register
 * handlers and the runner visits sections, tables and blocks once for all.
 */
export function runRules({ filePath, document, analysis, rules, settings }: RunInput): LintMessage[] {
  const messages: LintMessage[] = [];
  const active: RuleHandlers[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    if (!setting || setting.severity === 0) continue;
    if (rule.meta.documentTypes && !rule.meta.documentTypes.includes(analysis.documentType)) continue;
    const severity = setting.severity;
    active.push(
      rule.create({
        filePath,
        document,
        analysis,
        documentType: analysis.documentType,
        options: setting.options,
        report: (descriptor) => messages.push(toMessage(rule, severity, descriptor)),
      }),
    );
  }
  for (const section of document.sections) for (const handlers of active) handlers.section?.(section);
  for (const table of document.tables) for (const handlers of active) handlers.table?.(table);
  for (const block of document.blocks) for (const handlers of active) handlers.block?.(block);
  for (const handlers of active) handlers.end?.();
  return messages;
}

function toMessage(rule: Rule, severity: 1 | 2, descriptor: ReportDescriptor): LintMessage {
  const template = rule.meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${descriptor.messageId}"`);
  const { loc } = descriptor;
  const message: LintMessage = {
    ruleId: rule.meta.id,
    severity,
    message: interpolate(template, descriptor.data),
    messageId: descriptor.messageId,
    line: loc.line,
    column: loc.column,
    endLine: loc.endLine,
    endColumn: loc.endColumn,
    sectionPath: loc.sectionPath,
  };
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
