// The places and pages this window opened last, newest first, for the palette's empty state. Kept in
// localStorage as hash URLs only; titles are read from the journal when shown, so a renamed or trashed
// entry never shows stale words.
import { useEffect } from 'react';
import { parseRoute, routeHref, type Route } from '../nav/route';

const KEY = 'rapport.search.recent';
const MAX = 8;

export function readRecent(): Route[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    if (!Array.isArray(stored)) return [];
    return stored.filter((h): h is string => typeof h === 'string').map(parseRoute);
  } catch {
    return [];
  }
}

export function rememberRecent(route: Route): void {
  const href = routeHref(route);
  const rest = readRecent()
    .map(routeHref)
    .filter((h) => h !== href);
  try {
    localStorage.setItem(KEY, JSON.stringify([href, ...rest].slice(0, MAX)));
  } catch {
    // Storage full or disabled: the palette just shows fewer recent places.
  }
}

/** Remembers every place the window shows, so the palette can offer it again. */
export function useRememberRoute(route: Route): void {
  useEffect(() => rememberRecent(route), [route]);
}
