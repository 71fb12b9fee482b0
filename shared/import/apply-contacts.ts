// Writes a planned contact import into the journal in ONE transaction with the given origin, so an
// undo manager tracking that origin undoes the whole import in one step.
import * as Y from 'yjs';
import { contactsMap, createContact, readContact, updateContact, type ContactInput } from '../schema/contacts';
import { logInteraction } from '../schema/interactions';
import { ensureFragment, paragraphs } from '../schema/rich-text';
import type { ContactDraft } from './contact-draft';
import type { ImportPlan } from './plan-contacts';

export const IMPORT_ORIGIN = 'import';

export interface ImportResult {
  addedIds: string[];
  updatedIds: string[];
}

function inputFrom(draft: ContactDraft, plan: ImportPlan): ContactInput {
  return {
    name: draft.name,
    company: draft.company ?? '',
    role: draft.role ?? '',
    location: draft.location ?? '',
    linkedinUrl: draft.linkedinUrl ?? '',
    emails: draft.emails,
    phones: draft.phones,
    connectedOn: draft.connectedOn,
    source: plan.source,
    stage: 'identified',
  };
}

export function applyContactImport(
  doc: Y.Doc,
  plan: ImportPlan,
  now: Date = new Date(),
  origin: unknown = IMPORT_ORIGIN,
): ImportResult {
  const result: ImportResult = { addedIds: [], updatedIds: [] };
  const today = now.toISOString().slice(0, 10);
  doc.transact(() => {
    for (const draft of plan.added) {
      const id = createContact(doc, inputFrom(draft, plan), now);
      const map = contactsMap(doc).get(id);
      const extra = [
        draft.notes,
        draft.address ? `Address: ${draft.address}` : '',
        draft.birthday ? `Birthday: ${draft.birthday}` : '',
      ]
        .filter((t): t is string => !!t && t.trim() !== '')
        .join('\n');
      if (map && extra !== '') ensureFragment(map, 'notes').push(paragraphs(extra));
      if (map && draft.links.length > 0) map.set('otherLinks', [...draft.links]);
      result.addedIds.push(id);
    }
    for (const update of plan.updated) {
      const map = contactsMap(doc).get(update.contactId);
      if (!(map instanceof Y.Map)) continue;
      const current = readContact(update.contactId, map);
      const patch: Partial<ContactInput> = { ...update.fills };
      if (update.addEmails.length > 0) patch.emails = [...current.emails, ...update.addEmails];
      if (update.addPhones.length > 0) patch.phones = [...current.phones, ...update.addPhones];
      if (update.jobChange) {
        patch.company = update.jobChange.company;
        patch.role = update.jobChange.role;
        logInteraction(
          doc,
          {
            date: today,
            kind: 'other',
            summary: `Changed role: ${update.jobChange.from} → ${update.jobChange.to}`,
            contactIds: [update.contactId],
          },
          now,
        );
      }
      updateContact(doc, update.contactId, patch, now);
      result.updatedIds.push(update.contactId);
    }
  }, origin);
  return result;
}
