// The schema's duplicate lookup (same LinkedIn profile, or same name and company), built from Contact objects
// the People screen already holds instead of re-reading 10,000 people from the document when "New contact"
// opens. The keys are the schema's own (foldText, profileKey); a test checks it agrees with findDuplicates.
import { foldText, profileKey, type Contact, type DuplicateCandidate } from '@shared/schema';

function personKey(name: string, company: string): string {
  const folded = foldText(name);
  return folded === '' ? '' : `${folded}\u0000${foldText(company)}`;
}

export function duplicateIndex(contacts: readonly Contact[]): (candidate: DuplicateCandidate) => string[] {
  const byProfile = new Map<string, string[]>();
  const byPerson = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, key: string, id: string): void => {
    if (key === '') return;
    const ids = index.get(key);
    if (ids) ids.push(id);
    else index.set(key, [id]);
  };
  for (const contact of contacts) {
    if (contact.deletedAt) continue;
    add(byProfile, profileKey(contact.linkedinUrl), contact.id);
    add(byPerson, personKey(contact.name, contact.company), contact.id);
  }
  return (candidate) => {
    const found = new Set<string>();
    const profile = profileKey(candidate.linkedinUrl ?? '');
    if (profile !== '') byProfile.get(profile)?.forEach((id) => found.add(id));
    const person = personKey(candidate.name, candidate.company ?? '');
    if (person !== '') byPerson.get(person)?.forEach((id) => found.add(id));
    if (candidate.id !== undefined) found.delete(candidate.id);
    return [...found].sort();
  };
}
