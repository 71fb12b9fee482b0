// Where a search hit opens: an entity's own page, an interaction's first person, the inbox for a note.
import type { SearchHit, SearchKind } from '@shared/search';
import type { CollectionName } from '@shared/schema';
import type { Route } from '../nav/route';

export function hitRoute(hit: Pick<SearchHit, 'kind' | 'entityId' | 'contactId'>): Route {
  switch (hit.kind) {
    case 'contact':
    case 'goal':
    case 'event':
    case 'reflection':
    case 'circle':
      return { view: hit.kind, id: hit.entityId };
    case 'interaction':
      return hit.contactId ? { view: 'contact', id: hit.contactId } : { view: 'today' };
    case 'inbox':
      return { view: 'inbox' };
  }
}

/** The collection behind an entity page, to read its title for the recent list. */
export const PAGE_COLLECTION: Partial<Record<Route['view'], CollectionName>> = {
  contact: 'contacts',
  goal: 'goals',
  event: 'events',
  reflection: 'reflections',
  circle: 'circles',
};

export const PAGE_KIND: Partial<Record<Route['view'], SearchKind>> = {
  contact: 'contact',
  goal: 'goal',
  event: 'event',
  reflection: 'reflection',
  circle: 'circle',
};
