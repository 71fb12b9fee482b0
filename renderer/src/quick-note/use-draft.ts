// The quick note's draft: kept in this window's state while it is hidden, and in sessionStorage so a reload
// of the page (a restore reloads every window) keeps it too. Cleared only after a durable save.
import { useState } from 'react';

const DRAFT_KEY = 'rapport-quick-note-draft';

export function useDraft(): [string, (value: string) => void] {
  const [text, setTextState] = useState(() => sessionStorage.getItem(DRAFT_KEY) ?? '');
  const setText = (value: string): void => {
    setTextState(value);
    if (value) sessionStorage.setItem(DRAFT_KEY, value);
    else sessionStorage.removeItem(DRAFT_KEY);
  };
  return [text, setText];
}
