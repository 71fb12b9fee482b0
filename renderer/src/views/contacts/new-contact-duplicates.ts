// Who in the journal the person being typed into "New contact" probably already is, and why — by the same
// keys as import and merge (shared/schema/duplicates.ts): the LinkedIn profile, or name and company together.
import { profileKey, type Contact, type DuplicateCandidate } from '@shared/schema';
import { normaliseLinkedInUrl } from '@shared/import/contact-draft';

export interface Draft {
  name: string;
  company: string;
  linkedinUrl: string;
}

export interface FormDuplicate {
  id: string;
  name: string;
  reason: 'profile' | 'person';
}

/** The URL as it will be stored: a LinkedIn profile in its canonical form, anything else trimmed. */
export function storedUrl(url: string): string {
  const trimmed = url.trim();
  return trimmed === '' ? '' : (normaliseLinkedInUrl(trimmed) ?? trimmed);
}

export function formDuplicates(
  find: (candidate: DuplicateCandidate) => string[],
  lookup: (id: string) => Contact | undefined,
  draft: Draft,
  limit = 3,
): FormDuplicate[] {
  const linkedinUrl = storedUrl(draft.linkedinUrl);
  if (draft.name.trim() === '' && linkedinUrl === '') return [];
  const profile = profileKey(linkedinUrl);
  const found: FormDuplicate[] = [];
  for (const id of find({ name: draft.name, company: draft.company, linkedinUrl })) {
    const other = lookup(id);
    if (!other) continue;
    const reason = profile !== '' && profileKey(other.linkedinUrl) === profile ? 'profile' : 'person';
    found.push({ id, name: other.name, reason });
  }
  // The surer signal first.
  found.sort((a, b) => (a.reason === b.reason ? 0 : a.reason === 'profile' ? -1 : 1));
  return found.slice(0, limit);
}
