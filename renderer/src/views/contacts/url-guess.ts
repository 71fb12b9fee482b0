// "New contact" guesses the name from a LinkedIn profile address however the address arrives — pasted,
// typed or dropped — while the name is empty or still our own earlier guess (typing "…/in/m" guesses "M",
// then "Maja Holm"); a name the user wrote is never replaced.
import { guessNameFromLinkedInUrl, normaliseLinkedInUrl } from '@shared/import/contact-draft';

export interface UrlAndName {
  url: string;
  name: string;
}

/**
 * The fields after the address field changed to `value`. While typing, the address is kept as typed;
 * `tidy` (on paste, and when leaving the field) also writes it in its normal form.
 */
export function withProfileUrl<T extends UrlAndName>(fields: T, value: string, tidy: boolean): T {
  const profile = normaliseLinkedInUrl(value.trim());
  if (!profile) return { ...fields, url: value };
  const before = normaliseLinkedInUrl(fields.url.trim());
  const ours = fields.name.trim() === '' || (before !== undefined && fields.name === guessNameFromLinkedInUrl(before));
  const guess = ours ? guessNameFromLinkedInUrl(profile) : undefined;
  return { ...fields, url: tidy ? profile : value, name: guess ?? fields.name };
}
