// The neutral shape every importer produces and every exporter consumes, plus the LinkedIn URL helpers
// both CSV and vCard import need. Pure: no Node, DOM or network.
import type { ImportProblemCode } from '../i18n/strings/import-problems';
import type { Params } from '../i18n/fill';

export interface ContactDraft {
  name: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  role?: string;
  location?: string;
  emails: string[];
  phones: string[];
  /** Normalised: https://www.linkedin.com/in/<slug> (lowercase host, no query/hash/trailing slash). */
  linkedinUrl?: string;
  /** Other URLs. */
  links: string[];
  /** ISO date YYYY-MM-DD. */
  connectedOn?: string;
  /** ISO date YYYY-MM-DD, or --MM-DD when the year is unknown. */
  birthday?: string;
  address?: string;
  notes?: string;
  /** 1-based source line where the record starts. */
  line: number;
}

/** What exporters accept: a draft without its source position. */
export type ContactDraftLike = Omit<ContactDraft, 'line'>;

export interface ImportProblem {
  line: number;
  column?: number;
  message: string;
  severity: 'error' | 'warning';
  /** Which problem it is (shared/i18n/strings/import-problems.ts), so the window can say it in its language. */
  code?: ImportProblemCode;
  params?: Params;
}

export interface ParseResult {
  drafts: ContactDraft[];
  problems: ImportProblem[];
  format: string;
}

// scheme? (sub.)linkedin.com /in/ slug [/anything] [?query] [#hash]. Hand-written rather than `new URL`
// so it also accepts scheme-less input ("linkedin.com/in/x") and needs no URL global.
const PROFILE_URL = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)*linkedin\.com)(?::\d+)?\/in\/([^/?#\s]+)\/?(?:[/?#]\S*)?$/i;

/**
 * Canonical form of a LinkedIn profile URL, or undefined when `raw` is not one.
 * The slug keeps its case (LinkedIn treats it case-insensitively, but we do not guess); it is
 * percent-encoded canonically so `åsa` and `%c3%a5sa` compare equal.
 */
export function normaliseLinkedInUrl(raw: string): string | undefined {
  const match = PROFILE_URL.exec(raw.trim());
  const slug = match?.[2];
  if (slug === undefined) return undefined;
  const decoded = safeDecode(slug);
  if (decoded === undefined || decoded.trim() === '') return undefined;
  try {
    return `https://www.linkedin.com/in/${encodeURIComponent(decoded)}`;
  } catch {
    return undefined; // lone surrogate in the input cannot be encoded
  }
}

/**
 * A readable name from a profile slug: `anna-lindqvist-8a1b2c3` → "Anna Lindqvist".
 * Trailing segments containing digits are LinkedIn's disambiguation ids, not name parts.
 */
export function guessNameFromLinkedInUrl(url: string): string | undefined {
  const canonical = normaliseLinkedInUrl(url);
  if (canonical === undefined) return undefined;
  const slug = safeDecode(canonical.slice(canonical.lastIndexOf('/') + 1)) ?? '';
  const parts = slug.split('-').filter((p) => p !== '');
  while (parts.length > 0 && /\d/.test(parts[parts.length - 1] ?? '')) parts.pop();
  if (parts.length === 0) return undefined;
  return parts.map(capitalise).join(' ');
}

function capitalise(word: string): string {
  // Code-point aware so an astral first character is not split.
  const first = String.fromCodePoint(word.codePointAt(0) ?? 32);
  return first.toUpperCase() + word.slice(first.length); // not locale-dependent: same result everywhere
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined; // malformed %-escapes: treat the URL as not a profile
  }
}

/** An empty draft at a line, so importers only fill what they find. */
export function emptyDraft(line: number): ContactDraft {
  return { name: '', emails: [], phones: [], links: [], line };
}
