// The words of an import preview, shared by the CLI report and the app's preview dialog.
import type { ImportPlan } from './plan-contacts';

export interface PlanSummary {
  added: number;
  updated: number;
  jobChanges: number;
  unchanged: number;
  skipped: number;
  errors: number;
  warnings: number;
}

export function summarisePlan(plan: ImportPlan): PlanSummary {
  return {
    added: plan.added.length,
    updated: plan.updated.length,
    jobChanges: plan.updated.filter((u) => u.jobChange).length,
    unchanged: plan.unchanged.length,
    skipped: plan.skipped.length,
    errors: plan.problems.filter((p) => p.severity === 'error').length,
    warnings: plan.problems.filter((p) => p.severity === 'warning').length,
  };
}

const PROBABLE = 'same name and company, one without a profile address';

export function formatPlanReport(plan: ImportPlan, label: string, dryRun: boolean): string[] {
  const s = summarisePlan(plan);
  const lines = [
    `${label} (${plan.format})${dryRun ? ' — dry run, nothing written' : ''}`,
    `  added      ${s.added}`,
    `  updated    ${s.updated}${s.jobChanges > 0 ? ` (${s.jobChanges} changed role)` : ''}`,
    `  unchanged  ${s.unchanged}`,
    `  skipped    ${s.skipped}`,
  ];
  for (const draft of plan.added.slice(0, 5))
    lines.push(`  + ${draft.name}${draft.company ? `, ${draft.company}` : ''} (line ${draft.line})`);
  if (plan.added.length > 5) lines.push(`  + … and ${plan.added.length - 5} more`);
  for (const u of plan.updated) {
    const probably = u.probable ? `probably the same person (${PROBABLE}); ` : '';
    if (u.jobChange)
      lines.push(`  ~ ${u.name}: ${probably}changed role: ${u.jobChange.from} → ${u.jobChange.to} (line ${u.line})`);
    else lines.push(`  ~ ${u.name}: ${probably}${describeFills(u)} (line ${u.line})`);
  }
  for (const u of plan.unchanged.filter((x) => x.probable))
    lines.push(`  = ${u.name}: probably the same person (${PROBABLE}); nothing new (line ${u.line})`);
  for (const skip of plan.skipped) lines.push(`  - line ${skip.line}: skipped, ${skip.reason}`);
  for (const p of plan.problems) {
    lines.push(
      `  ! line ${p.line}${p.column !== undefined ? `, column ${p.column}` : ''}: ${p.severity}: ${p.message}`,
    );
  }
  return lines;
}

function describeFills(u: ImportPlan['updated'][number]): string {
  const parts = Object.keys(u.fills).map((k) => `added ${k}`);
  if (u.addEmails.length > 0) parts.push(`added ${u.addEmails.length} email(s)`);
  if (u.addPhones.length > 0) parts.push(`added ${u.addPhones.length} phone(s)`);
  return parts.join(', ');
}
