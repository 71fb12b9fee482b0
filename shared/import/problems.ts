// Shared plumbing for importers: building problems, mapping character offsets to physical lines,
// the input size cap, and a last-resort guard so a parser bug becomes a reported error, never a throw.
import type { ImportProblem, ParseResult } from './contact-draft';
import { importCatalogue, type ImportProblemCode } from '../i18n/strings/import-problems';
import { fill, type Params } from '../i18n/fill';

/** Inputs longer than this (in UTF-16 code units) are refused outright: 50 MB is far beyond any real export. */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;

/** More problems than this is noise, not help: the rest are summarised in one closing problem. */
export const MAX_PROBLEMS = 1000;

/** Prefix of the message produced when a parser itself failed; tests assert it never appears. */
export const INTERNAL_ERROR_PREFIX = 'Internal import error';

export function warning(line: number, message: string, column?: number): ImportProblem {
  return column === undefined ? { line, message, severity: 'warning' } : { line, column, message, severity: 'warning' };
}

export function error(line: number, message: string, column?: number): ImportProblem {
  return column === undefined ? { line, message, severity: 'error' } : { line, column, message, severity: 'error' };
}

/** A problem with its code: the English message (CLI) comes from the same catalogue the window translates. */
export function problem(
  severity: ImportProblem['severity'],
  line: number,
  code: ImportProblemCode,
  params: Params = {},
  column?: number,
): ImportProblem {
  const message = fill(importCatalogue.en.problem[code], params);
  const found = { line, ...(column === undefined ? {} : { column }), message, severity, code };
  return Object.keys(params).length > 0 ? { ...found, params } : found;
}

/** Strip a leading byte-order mark; it is invisible and not part of any field. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Normalise CRLF and lone CR to LF. Physical line numbers are unchanged because each of the three
 * break styles counts as exactly one line break before and after.
 */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Offsets at which each physical line starts in LF-normalised text; index 0 is line 1. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line containing `offset`, by binary search over `lineStarts` output. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Problems in file order (stable within a line, which is how a user reads them). Past MAX_PROBLEMS the
 * remaining warnings are summarised in one closing warning; errors are always kept, as they are few and
 * each one matters.
 */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.i - b.i)
    .map(({ p }) => p);
  if (sorted.length <= MAX_PROBLEMS) return sorted;
  let warningsLeft = MAX_PROBLEMS - sorted.filter((p) => p.severity === 'error').length;
  const kept = sorted.filter((p) => p.severity === 'error' || warningsLeft-- > 0);
  const dropped = sorted.length - kept.length;
  return [...kept, problem('warning', kept[kept.length - 1]?.line ?? 1, 'moreWarnings', { count: dropped })];
}

/**
 * Run a parser with the size cap and a catch-all. Parsers are written not to throw; this exists so an
 * unforeseen bug degrades to one error instead of crashing an import screen or the CLI.
 */
export function guardedParse(format: string, text: string, parse: (text: string) => ParseResult): ParseResult {
  if (typeof text !== 'string') {
    return { drafts: [], problems: [problem('error', 1, 'notText')], format };
  }
  if (text.length > MAX_IMPORT_CHARS) {
    const mb = Math.round(text.length / (1024 * 1024));
    return {
      drafts: [],
      problems: [problem('error', 1, 'tooLarge', { mb })],
      format,
    };
  }
  try {
    const result = parse(text);
    return { ...result, problems: sortProblems(result.problems) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { drafts: [], problems: [problem('error', 1, 'internal', { detail })], format };
  }
}
