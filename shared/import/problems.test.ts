// Tests for the import plumbing: line mapping, ordering and capping of problems, and the guard.
import { describe, expect, it } from 'vitest';
import type { ParseResult } from './contact-draft';
import {
  error,
  guardedParse,
  INTERNAL_ERROR_PREFIX,
  lineAt,
  lineStarts,
  MAX_PROBLEMS,
  normaliseNewlines,
  sortProblems,
  warning,
} from './problems';

describe('line mapping', () => {
  it('maps offsets to 1-based lines across all newline styles', () => {
    const text = normaliseNewlines('a\r\nbb\rc\n\nd');
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 2, 5, 7, 8]);
    expect([0, 1, 2, 4, 5, 7, 8, 99].map((o) => lineAt(starts, o))).toEqual([1, 1, 2, 2, 3, 4, 5, 5]);
  });
});

describe('sortProblems', () => {
  it('orders by line, stable within a line', () => {
    const ps = [warning(3, 'c'), error(1, 'a'), warning(3, 'd'), warning(2, 'b')];
    expect(sortProblems(ps).map((p) => p.message)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('caps warnings but keeps every error', () => {
    const ps = Array.from({ length: MAX_PROBLEMS + 5 }, (_, i) =>
      i === MAX_PROBLEMS + 2 ? error(i + 1, 'bad') : warning(i + 1, 'meh'),
    );
    const sorted = sortProblems(ps);
    expect(sorted).toHaveLength(MAX_PROBLEMS + 1);
    expect(sorted.filter((p) => p.severity === 'error')).toEqual([error(MAX_PROBLEMS + 3, 'bad')]);
    expect(sorted[MAX_PROBLEMS]).toEqual({
      ...warning(MAX_PROBLEMS + 3, '5 more warnings are not listed.'),
      code: 'moreWarnings',
      params: { count: 5 },
    });
  });
});

describe('guardedParse', () => {
  it('turns a thrown exception into one internal error', () => {
    const result = guardedParse('test', 'x', () => {
      throw new Error('boom');
    });
    expect(result).toEqual({
      drafts: [],
      format: 'test',
      problems: [{ ...error(1, `${INTERNAL_ERROR_PREFIX}: boom`), code: 'internal', params: { detail: 'boom' } }],
    });
  });

  it('refuses non-string input from untyped callers', () => {
    const parse = (): ParseResult => ({ drafts: [], problems: [], format: 'test' });
    expect(guardedParse('test', 42 as unknown as string, parse).problems).toEqual([
      { ...error(1, 'Import input is not text.'), code: 'notText' },
    ]);
  });
});
