// A day (YYYY-MM-DD) written the way the chosen language writes it, and read back: Swedish uses ISO dates
// (2026-11-30); English writes "30 Nov 2026", which no reader can take for 11 June. Both read ISO too.
import { isDay } from '@shared/schema';

export type DayLanguage = 'sv' | 'en';

const MONTHS: Record<DayLanguage, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
};

export function dayLanguage(language: string): DayLanguage {
  return language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** How the field shows a day: sv 2026-11-30, en 30 Nov 2026; anything that is not a day shows as it is. */
export function formatDay(day: string, language: DayLanguage): string {
  if (language === 'sv' || !isDay(day)) return day;
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS.en[(m ?? 1) - 1]!.slice(0, 3)} ${y}`;
}

/** An example for the field's hint, in the language's own format. */
export function dayExample(language: DayLanguage): string {
  return language === 'sv' ? 'ÅÅÅÅ-MM-DD' : '30 Nov 2026';
}

const pad = (n: number): string => String(n).padStart(2, '0');

function month(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  for (const names of Object.values(MONTHS)) {
    const index = names.findIndex((name) => name.toLowerCase().startsWith(w));
    if (index !== -1) return index + 1;
  }
  return undefined;
}

function day(y: number, m: number | undefined, d: number): string | undefined {
  if (m === undefined) return undefined;
  const text = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return isDay(text) ? text : undefined;
}

/**
 * The day `text` names: ISO (2026-11-30) in either language, or a day, a month name and a four-digit year
 * (30 Nov 2026, 30 november 2026, Nov 30, 2026). '' for an empty field; undefined when it is no whole day.
 */
export function parseDay(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})\.?\s+([\p{L}]+\.?),?\s+(\d{4})$/u.exec(t);
  if (dayFirst) return day(Number(dayFirst[3]), month(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = /^([\p{L}]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(t);
  if (monthFirst) return day(Number(monthFirst[3]), month(monthFirst[1]!), Number(monthFirst[2]));
  return undefined;
}

/** The day before or after `day` (ArrowUp/ArrowDown in the field). */
export function stepDay(day: string, by: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + by));
  return `${String(next.getUTCFullYear()).padStart(4, '0')}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}
