import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { DocReport } from '../model/progress.js';
import type { RuleSetting } from '../pipeline/options.js';
import type { Rule, RuleReport } from './define.js';
import { rules as allRules } from './index.js';

/**
 * Runs every enabled rule over a document. A rule that throws becomes a finding
 * ("rule X threw: …") — one broken rule never stops a run. Reports outside the file are
 * clamped to it rather than trusted.
 */
export function runRules(
  report: DocReport,
  settings: Readonly<Record<string, RuleSetting>>,
  now: Date,
  rules: readonly Rule<unknown>[] = allRules,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const file = report.doc.path;
  for (const rule of rules) {
    const setting = settings[rule.id];
    const severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const options = setting?.options ?? rule.defaultOptions;
    const emit = (r: RuleReport) => {
      const template = rule.messages[r.messageId] ?? r.messageId;
      const message = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(r.data?.[key] ?? `{{${key}}}`));
      const line = r.at ? Math.min(Math.max(1, r.at.line), Math.max(1, report.doc.lines)) : null;
      found.push(diagnostic({
        ruleId: rule.id, severity, message, file, line, column: r.at ? Math.max(1, r.at.column) : null,
        actual: r.actual ?? null, expected: r.expected ?? null,
      }));
    };
    try {
      rule.check(report, { options, now, report: emit });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      found.push(diagnostic({ ruleId: rule.id, severity: 'error', message: `rule ${rule.id} threw: ${reason}`, file }));
    }
  }
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
