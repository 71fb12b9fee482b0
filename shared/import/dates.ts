// Date parsing for imports: LinkedIn's "12 Mar 2024" / "7-Feb-22" and vCard's BDAY forms, all turned
// into ISO YYYY-MM-DD (or --MM-DD for a birthday without a year). Anything ambiguous is rejected.

const MONTH_NAMES = 'january february march april may june july august september october november december'.split(' ');

/** 1–12 for a full English month name, its three-letter abbreviation, or "Sept"; else undefined. */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  const index = MONTH_NAMES.findIndex((m) => m === w || m.slice(0, 3) === w || (w === 'sept' && m === 'september'));
  return index === -1 ? undefined : index + 1;
}

function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) {
    // With no year, 29 Feb is a perfectly good birthday.
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO YYYY-MM-DD if the parts are a real calendar date, else undefined. */
function iso(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function noYear(month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(undefined, month)) return undefined;
  return `--${pad(month)}-${pad(day)}`;
}

/**
 * Two-digit years only appear in LinkedIn's "7-Feb-22" form. LinkedIn launched in 2003, so a
 * fixed pivot (00–69 → 2000s, 70–99 → 1900s) is deterministic and never wrong for real exports.
 */
function expandYear(digits: string): number {
  const n = Number(digits);
  if (digits.length !== 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/**
 * LinkedIn "Connected On" values: `12 Mar 2024`, `7-Feb-22`, `2024-03-12`, and also `Mar 12, 2024`.
 * Numeric day/month orders like 03/04/2024 are refused because they are ambiguous.
 */
export function parseLooseDate(raw: string): string | undefined {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // Day Month Year, separated by spaces, hyphens, slashes or dots ("12 Mar 2024", "7-Feb-22").
  m = /^(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.,]+(\d{4}|\d{2})$/i.exec(s);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    return month === undefined ? undefined : iso(expandYear(m[3] ?? ''), month, Number(m[1]));
  }
  // Month Day, Year ("Mar 12, 2024").
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month === undefined ? undefined : iso(Number(m[3]), month, Number(m[2]));
  }
  return undefined;
}

/**
 * vCard BDAY values across versions: `1985-04-12`, `19850412`, with or without a time part
 * (`1985-04-12T00:00:00Z`), and the year-less `--0412` / `--04-12`. Month-only or day-only
 * forms (`--04`, `---12`) cannot be stored and return undefined.
 */
export function parseVCardDate(raw: string): string | undefined {
  const s = raw.trim().replace(/T.*$/i, '');
  let m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^--(\d{2})-?(\d{2})$/.exec(s);
  if (m) return noYear(Number(m[1]), Number(m[2]));
  return undefined;
}

/** ISO (or --MM-DD) to vCard 4.0's basic format: 19850412 or --0412. Undefined if not a valid date. */
export function toVCardDate(value: string): string | undefined {
  const parsed = parseVCardDate(value);
  return parsed?.replace(/-/g, '').replace(/^(?=\d{4}$)/, '--');
}
