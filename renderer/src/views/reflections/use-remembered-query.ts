// The Reflections filters survive a visit to an entry and back (kept for this window's lifetime only).
import { useEffect, useState } from 'react';
import { NO_FILTER, type ReflectionQuery } from './reflection-query';

let remembered: ReflectionQuery = NO_FILTER;

export function useRememberedQuery(): [ReflectionQuery, (next: ReflectionQuery) => void] {
  const [query, setQuery] = useState(remembered);
  useEffect(() => {
    remembered = query;
  }, [query]);
  return [query, setQuery];
}
