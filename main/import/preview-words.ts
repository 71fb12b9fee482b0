// The import preview's lines and problems in the language main speaks (the CLI prints the English report
// from shared/import/report.ts instead).
import type { ImportPlan } from '@shared/import/plan-contacts';
import type { ImportProblem } from '@shared/import/contact-draft';
import type { ImportPreview } from '@shared/ipc/contract';
import { mt } from '../app/main-i18n';

const SHOWN_NEW = 5;

function who(name: string, company: string | undefined): string {
  return company ? `${name}, ${company}` : name;
}

function fills(u: ImportPlan['updated'][number]): string {
  const parts = Object.keys(u.fills).map((field) =>
    mt('importing.preview.fieldAdded', { field: mt(`importing.field.${field}`) }),
  );
  if (u.addEmails.length > 0) parts.push(mt('importing.preview.emailsAdded', { count: u.addEmails.length }));
  if (u.addPhones.length > 0) parts.push(mt('importing.preview.phonesAdded', { count: u.addPhones.length }));
  return parts.join(', ');
}

/** New rows (the first five), each update, each probable match, each skipped row. */
export function previewLines(plan: ImportPlan): string[] {
  const lines = plan.added
    .slice(0, SHOWN_NEW)
    .map((d) => mt('importing.preview.added', { who: who(d.name, d.company), line: d.line }));
  if (plan.added.length > SHOWN_NEW) lines.push(mt('importing.preview.more', { count: plan.added.length - SHOWN_NEW }));
  const probably = (probable: boolean | undefined): string => (probable ? mt('importing.preview.probable') : '');
  for (const u of plan.updated) {
    const base = { name: u.name, probably: probably(u.probable), line: u.line };
    lines.push(
      u.jobChange
        ? mt('importing.preview.roleChanged', { ...base, from: u.jobChange.from, to: u.jobChange.to })
        : mt('importing.preview.filled', { ...base, fills: fills(u) }),
    );
  }
  for (const u of plan.unchanged.filter((x) => x.probable))
    lines.push(mt('importing.preview.unchangedProbable', { name: u.name, probably: probably(true), line: u.line }));
  for (const skip of plan.skipped)
    lines.push(
      skip.sameAs === undefined
        ? mt('importing.preview.skippedNoName', { line: skip.line })
        : mt('importing.preview.skippedSamePerson', { line: skip.line, sameAs: skip.sameAs }),
    );
  return lines;
}

/** A problem in main's language; one without a code (none today) keeps its English message. */
export function previewProblem(p: ImportProblem): ImportPreview['problems'][number] {
  const params = { ...p.params };
  if (typeof params.entity === 'string') params.entity = mt(`importing.entity.${params.entity}`);
  const message = p.code ? mt(`importing.problem.${p.code}`, params) : p.message;
  return { line: p.line, ...(p.column !== undefined ? { column: p.column } : {}), severity: p.severity, message };
}
