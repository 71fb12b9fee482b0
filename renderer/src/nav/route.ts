// The journal window's places, as hash URLs (#/contacts, #/contact/<id>), so the window's own history gives
// back/forward for free and a reload keeps the user where they were.
export type Route =
  | { view: 'today' }
  | { view: 'review' }
  | { view: 'reflections' }
  | { view: 'reflection'; id: string }
  | { view: 'events' }
  | { view: 'event'; id: string }
  | { view: 'contacts' }
  | { view: 'pipeline' }
  | { view: 'contact'; id: string }
  | { view: 'goals' }
  | { view: 'goal'; id: string }
  | { view: 'circles' }
  | { view: 'circle'; id: string }
  | { view: 'inbox' }
  | { view: 'trash' }
  | { view: 'settings' }
  | { view: 'data' }
  | { view: 'insights' };

export type ListView = Exclude<Route, { id: string }>['view'];
export const LIST_VIEWS: readonly ListView[] = [
  'today',
  'review',
  'reflections',
  'events',
  'contacts',
  'pipeline',
  'goals',
  'circles',
  'inbox',
  'trash',
  'settings',
  'data',
  'insights',
];
const ENTITY_VIEWS = ['contact', 'goal', 'circle', 'reflection', 'event'] as const;

/** Where a newly opened journal window starts (a reload keeps its hash, so the user stays put). */
export const HOME: Route = { view: 'today' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode);
  const [head, id] = parts;
  if (!head) return HOME;
  if ((ENTITY_VIEWS as readonly string[]).includes(head) && id) {
    return { view: head as (typeof ENTITY_VIEWS)[number], id };
  }
  if ((LIST_VIEWS as readonly string[]).includes(head) && parts.length === 1) return { view: head as ListView };
  return HOME;
}

export function routeHref(route: Route): string {
  return 'id' in route ? `#/${route.view}/${encodeURIComponent(route.id)}` : `#/${route.view}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
