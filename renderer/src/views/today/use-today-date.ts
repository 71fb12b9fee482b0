// The local calendar day, as Today sees it: it turns at midnight while the window stays open (checked each minute).
import { useSyncExternalStore } from 'react';
import { localDay } from '@shared/schema';

const CHECK_MS = 60_000;

function subscribe(onChange: () => void): () => void {
  const timer = setInterval(onChange, CHECK_MS);
  return () => clearInterval(timer);
}

const snapshot = (): string => localDay(new Date());

export function useTodayDate(): string {
  return useSyncExternalStore(subscribe, snapshot);
}
