// This week's outreach challenge, live, for the sidebar footer and Settings. It recounts only when a change
// can move it (challenge-events.ts), when the target changes, or when the day turns (checked each minute).
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  contactsMap,
  interactionsMap,
  localDay,
  settingsMap,
  weeklyChallenge,
  type WeeklyChallenge,
} from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { contactKeyMatters, interactionKeyMatters, movesChallenge, type ChangeEvent } from './challenge-events';

const DAY_CHECK_MS = 60_000;

export function useWeeklyChallenge(): WeeklyChallenge {
  const { doc } = useJournal();
  const cache = useRef<{ day: string; json: string; value: WeeklyChallenge; dirty: boolean } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const changed = (): void => {
        if (cache.current) cache.current.dirty = true;
        onChange();
      };
      const watch = (root: Y.Map<Y.Map<unknown>>, keyMatters: (key: string) => boolean) => {
        const observer = (events: ChangeEvent[]): void => {
          if (movesChallenge(events, root as Y.Map<unknown>, keyMatters)) changed();
        };
        root.observeDeep(observer);
        return () => root.unobserveDeep(observer);
      };
      const stops = [watch(contactsMap(doc), contactKeyMatters), watch(interactionsMap(doc), interactionKeyMatters)];
      const settings = settingsMap(doc);
      settings.observe(changed);
      const timer = setInterval(() => {
        if (cache.current && cache.current.day !== localDay(new Date())) changed();
      }, DAY_CHECK_MS);
      return () => {
        stops.forEach((stop) => stop());
        settings.unobserve(changed);
        clearInterval(timer);
      };
    },
    [doc],
  );
  const getSnapshot = (): WeeklyChallenge => {
    const current = cache.current;
    if (current && !current.dirty) return current.value;
    const day = localDay(new Date());
    const value = weeklyChallenge(doc, day);
    const json = JSON.stringify(value);
    if (current && current.json === json) {
      cache.current = { ...current, day, dirty: false };
      return current.value;
    }
    cache.current = { day, json, value, dirty: false };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
