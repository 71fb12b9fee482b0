import { describe, expect, it } from 'vitest';
import { HOME, parseRoute, routeHref, type Route } from './route';

describe('routes', () => {
  it('round-trips every kind of place through its hash', () => {
    const routes: Route[] = [
      { view: 'contacts' },
      { view: 'pipeline' },
      { view: 'contact', id: 'c-1' },
      { view: 'goal', id: 'g/odd id' },
      { view: 'circle', id: 'ci' },
      { view: 'trash' },
      { view: 'settings' },
      { view: 'data' },
      { view: 'inbox' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('falls back to the contacts list for empty, unknown or malformed hashes', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/contact', '#/contacts/extra', '#/%E0%A4%A']) {
      expect(parseRoute(hash)).toEqual(HOME);
    }
  });

  it('keeps a malformed escape in an id rather than throwing', () => {
    expect(parseRoute('#/contact/%E0%A4%A')).toEqual({ view: 'contact', id: '%E0%A4%A' });
  });
});
