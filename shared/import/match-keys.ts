// Keys that decide "is this the same person?" during import: the LinkedIn profile URL, else name + company
// compared without case, accents or extra spaces — the same folding the schema's duplicate check uses.
import { foldText, profileKey } from '../schema/duplicates';
import { normaliseLinkedInUrl } from './contact-draft';

export function urlKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const canonical = normaliseLinkedInUrl(url);
  return canonical ? profileKey(canonical) : undefined;
}

export function nameCompanyKey(name: string, company: string | undefined): string | undefined {
  const n = foldText(name);
  return n === '' ? undefined : `${n}\u0000${foldText(company ?? '')}`;
}
