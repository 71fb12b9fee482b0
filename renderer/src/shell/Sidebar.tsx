// The journal's places, always one click (or Tab) away; the current one is marked for screen readers too.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref, type ListView, type Route } from '../nav/route';
import { useInbox } from '../data/use-inbox';
import { isMac } from './use-global-keys';

const PRIMARY: ListView[] = [
  'today',
  'contacts',
  'pipeline',
  'goals',
  'events',
  'reflections',
  'circles',
  'inbox',
  'review',
  'insights',
];
const SECONDARY: ListView[] = ['trash', 'settings', 'data'];

/** Entity pages belong to their list in the sidebar (a contact page highlights People). */
function section(route: Route): ListView {
  if (route.view === 'contact') return 'contacts';
  if (route.view === 'goal') return 'goals';
  if (route.view === 'circle') return 'circles';
  if (route.view === 'event') return 'events';
  if (route.view === 'reflection') return 'reflections';
  return route.view;
}

interface Props {
  route: Route;
  footer?: ReactNode;
  onShowKeys: () => void;
  /** Opens the search and command palette (the entry at the top). */
  onSearch?: () => void;
}

export function Sidebar({ route, footer, onShowKeys, onSearch }: Props) {
  const { t } = useTranslation();
  const inboxCount = useInbox().length;
  const current = section(route);
  const item = (view: ListView) => (
    <li key={view}>
      <a href={routeHref({ view } as Route)} aria-current={current === view ? 'page' : undefined} className="nav-link">
        <span>{t(`shell.${view}`)}</span>
        {view === 'inbox' && inboxCount > 0 && <span className="nav-count">{inboxCount}</span>}
      </a>
    </li>
  );
  return (
    <nav className="sidebar" aria-label={t('shell.nav')}>
      {onSearch && (
        <button
          type="button"
          className="nav-search"
          onClick={onSearch}
          aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
        >
          <span>{t('search.open')}</span>
          <kbd aria-hidden="true">{t('search.shortcut', { mod: isMac ? '⌘' : 'Ctrl' })}</kbd>
        </button>
      )}
      <ul className="nav-list">{PRIMARY.map(item)}</ul>
      <ul className="nav-list nav-secondary">{SECONDARY.map(item)}</ul>
      <button type="button" className="nav-keys" onClick={onShowKeys}>
        {t('shell.keysButton')} <kbd>?</kbd>
      </button>
      {footer && <div className="sidebar-footer">{footer}</div>}
    </nav>
  );
}
