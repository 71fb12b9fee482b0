// Finding contacts that are probably the same person, before an import adds them twice or when the user
// asks to merge. Two signals only, both cheap and explainable: the LinkedIn profile, or name + company.
import type * as Y from 'yjs';
import { str } from './fields';
import { eachEntity, isLive } from './entity';

export interface DuplicateCandidate {
  name: string;
  company?: string;
  linkedinUrl?: string;
  /** The candidate's own id when it is already stored, so it does not find itself. */
  id?: string;
}

/** Case- and accent-insensitive text key: "  Åsa  Lindén " and "asa linden" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * Comparison key for a profile URL: case-insensitive, without scheme, "www.", query, fragment or trailing
 * slashes, percent-escapes decoded (importers escape the slug, people type it plainly). '' for no URL.
 */
export function profileKey(url: string): string {
  let key = url
    .trim()
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    // LinkedIn's country sites (se.linkedin.com) show the same profile as www.linkedin.com.
    .replace(/^[a-z]{2,3}\.(linkedin\.com\/)/i, '$1');
  try {
    key = decodeURIComponent(key);
  } catch {
    // A stray '%' is kept as typed.
  }
  return key.toLowerCase();
}

function personKey(name: string, company: string): string {
  const folded = foldText(name);
  return folded === '' ? '' : `${folded}\u0000${foldText(company)}`;
}

/** What the duplicate lookup needs to know of one contact. */
export interface DuplicateEntry {
  id: string;
  name: string;
  company: string;
  linkedinUrl: string;
}

/**
 * Builds a lookup over the given live contacts once, for checking many candidates (an import, or typing in
 * "New contact") without rescanning for each. Ids come back sorted.
 */
export function duplicateIndex(entries: Iterable<DuplicateEntry>): (candidate: DuplicateCandidate) => string[] {
  const byProfile = new Map<string, string[]>();
  const byPerson = new Map<string, string[]>();
  // Different profile addresses are different people: a name + company match counts only when one side has none.
  const byPersonNoProfile = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, key: string, id: string): void => {
    if (key === '') return;
    const ids = index.get(key);
    if (ids) ids.push(id);
    else index.set(key, [id]);
  };
  for (const entry of entries) {
    add(byProfile, profileKey(entry.linkedinUrl), entry.id);
    add(byPerson, personKey(entry.name, entry.company), entry.id);
    if (profileKey(entry.linkedinUrl) === '') add(byPersonNoProfile, personKey(entry.name, entry.company), entry.id);
  }
  return (candidate) => {
    const found = new Set<string>();
    const profile = profileKey(candidate.linkedinUrl ?? '');
    if (profile !== '') byProfile.get(profile)?.forEach((id) => found.add(id));
    const person = personKey(candidate.name, candidate.company ?? '');
    if (person !== '') (profile === '' ? byPerson : byPersonNoProfile).get(person)?.forEach((id) => found.add(id));
    if (candidate.id !== undefined) found.delete(candidate.id);
    return [...found].sort();
  };
}

/** The lookup over the journal's live contacts, read straight from the document. */
export function duplicateFinder(doc: Y.Doc): (candidate: DuplicateCandidate) => string[] {
  const entries: DuplicateEntry[] = [];
  eachEntity(doc, 'contacts', (map, id) => {
    if (!isLive(map)) return;
    entries.push({
      id,
      name: str(map.get('name')),
      company: str(map.get('company')),
      linkedinUrl: str(map.get('linkedinUrl')),
    });
  });
  return duplicateIndex(entries);
}

/** Live contacts that match the candidate by LinkedIn profile, or by name and company together. */
export function findDuplicates(doc: Y.Doc, candidate: DuplicateCandidate): string[] {
  return duplicateFinder(doc)(candidate);
}
