// The People filters survive a visit to a contact page and back (kept for this window's lifetime only).
import { useEffect, useState } from 'react';
import { DEFAULT_QUERY, type ContactQuery } from './contact-query';

let remembered: ContactQuery = DEFAULT_QUERY;

export function useRememberedQuery(): [ContactQuery, (next: ContactQuery) => void] {
  const [query, setQuery] = useState(remembered);
  useEffect(() => {
    remembered = query;
  }, [query]);
  return [query, setQuery];
}
