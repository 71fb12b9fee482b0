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
  let key = url.trim().replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^https?:\/\//i, '').replace(/^www\./i, '');
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

/**
 * Builds an index of the live contacts once and returns a lookup, for checking many candidates (an import)
 * without rescanning the journal for each. Ids come back sorted.
 */
export function duplicateFinder(doc: Y.Doc): (candidate: DuplicateCandidate) => string[] {
  const byProfile = new Map<string, string[]>();
  const byPerson = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, key: string, id: string): void => {
    if (key === '') return;
    const ids = index.get(key);
    if (ids) ids.push(id);
    else index.set(key, [id]);
  };
  eachEntity(doc, 'contacts', (map, id) => {
    if (!isLive(map)) return;
    add(byProfile, profileKey(str(map.get('linkedinUrl'))), id);
    add(byPerson, personKey(str(map.get('name')), str(map.get('company'))), id);
  });
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

/** Live contacts that match the candidate by LinkedIn profile, or by name and company together. */
export function findDuplicates(doc: Y.Doc, candidate: DuplicateCandidate): string[] {
  return duplicateFinder(doc)(candidate);
}
