// Keys that decide "is this the same person?" during import and duplicate checks: the LinkedIn profile
// URL, else name + company compared without case, accents or extra spaces.
import { normaliseLinkedInUrl } from './contact-draft';

export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function urlKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const canonical = normaliseLinkedInUrl(url);
  return canonical ? canonical.toLowerCase() : undefined;
}

export function nameCompanyKey(name: string, company: string | undefined): string | undefined {
  const n = foldText(name);
  return n === '' ? undefined : `${n}\u0000${foldText(company ?? '')}`;
}
