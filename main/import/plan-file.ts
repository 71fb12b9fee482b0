// Turns a file's bytes into an import plan and its apply step, for the CLI and the app alike, so both
// show the same preview and write the same way.
import type * as Y from 'yjs';
import { parseLinkedInCsv } from '@shared/import/linkedin-csv';
import { parseVCards } from '@shared/import/vcard-parse';
import { planContactImport, type ImportPlan } from '@shared/import/plan-contacts';
import { applyContactImport, IMPORT_ORIGIN } from '@shared/import/apply-contacts';
import { applyJsonImport, planJsonImport } from '@shared/import/json-import';
import { applyRapportImport, planRapportImport } from '@shared/import/rapport-import';

export const IMPORT_KINDS = ['linkedin', 'vcard', 'json', 'rapport'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export { MAX_IMPORT_BYTES } from '@shared/ipc/contract';

export interface PlannedImport {
  plan: ImportPlan;
  /** Writes the import into `doc`; the caller wraps it in one transaction. */
  apply(doc: Y.Doc): void;
}

export function kindFromFileName(name: string): ImportKind | undefined {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'csv'
    ? 'linkedin'
    : ext === 'vcf' || ext === 'vcard'
      ? 'vcard'
      : ext === 'json'
        ? 'json'
        : ext === 'rapport'
          ? 'rapport'
          : undefined;
}

export function hasChanges(plan: ImportPlan): boolean {
  const others = (plan as ImportPlan & { others?: unknown[] }).others ?? [];
  return plan.added.length > 0 || plan.updated.length > 0 || others.length > 0;
}

export function planImport(kind: ImportKind, doc: Y.Doc, bytes: Uint8Array): PlannedImport {
  const text = (): string => new TextDecoder('utf-8').decode(bytes);
  switch (kind) {
    case 'linkedin': {
      const plan = planContactImport(doc, parseLinkedInCsv(text()), 'linkedin');
      return { plan, apply: (d) => void applyContactImport(d, plan, new Date(), IMPORT_ORIGIN) };
    }
    case 'vcard': {
      const plan = planContactImport(doc, parseVCards(text()), 'vcard');
      return { plan, apply: (d) => void applyContactImport(d, plan, new Date(), IMPORT_ORIGIN) };
    }
    case 'json': {
      const plan = planJsonImport(doc, text());
      return { plan, apply: (d) => void applyJsonImport(d, plan) };
    }
    case 'rapport': {
      const planned = planRapportImport(doc, bytes);
      return { plan: planned.plan, apply: (d) => applyRapportImport(d, planned) };
    }
  }
}
