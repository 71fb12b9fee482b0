// The journal window's frame: top bar, sidebar of places, the current screen, and window-wide keys.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal } from '../data/journal-context';
import { BrowserNotice } from './BrowserNotice';
import { SaveIndicator } from './SaveIndicator';
import { SyncIndicator } from './SyncIndicator';
import { SyncNotices } from './SyncNotices';
import { StoreNotices } from './StoreNotices';
import { ImportFlow } from './ImportFlow';
import { Sidebar } from '../shell/Sidebar';
import { useGlobalKeys } from '../shell/use-global-keys';
import { LiveMessage } from '../shell/LiveMessage';
import { KeysDialog } from '../shell/KeysDialog';
import { useRoute } from '../nav/use-route';
import { useOpenContactFromMain } from '../nav/use-open-contact';
import { useOpenTodayFromMain } from '../nav/use-open-today';
import { routeHref } from '../nav/route';
import { useHeadingFocus } from '../nav/focus-heading';
import { SkipLink } from '../shell/SkipLink';
import { RouteView } from '../views/RouteView';
import { LogInteractionDialog } from '../interactions/LogInteractionDialog';
import { LogInteractionContext, useLogInteractionState } from '../interactions/log-interaction-context';
import { WeeklyChallenge } from '../views/settings/WeeklyChallenge';
import { preloadRichText } from '../editor/RichTextField';
import { SearchPalette } from '../search/SearchPalette';
import { searchClientFor } from '../search/search-client';
import { useRememberRoute } from '../search/recent';

export function App() {
  const { t } = useTranslation();
  const session = useJournal();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  useHeadingFocus(routeHref(route), main);
  const [message, setMessage] = useState('');
  const [showKeys, setShowKeys] = useState(false);
  const [searching, setSearching] = useState(false);
  const openSearch = useCallback(() => setSearching(true), []);
  // The index is built in the worker as soon as the window opens, so the first Ctrl+K answers at once.
  useEffect(() => {
    if (!session.preview) void searchClientFor(session.doc, session.cacheName);
  }, [session.doc, session.preview, session.cacheName]);
  useRememberRoute(route);
  const openKeys = useCallback(() => setShowKeys(true), []);
  const logInteraction = useLogInteractionState();
  const openLog = logInteraction.open;
  const logFromKeys = useCallback(() => openLog(), [openLog]);
  const clearMessage = useCallback(() => setMessage(''), []);
  useEffect(preloadRichText, []);
  const closeLog = (logged?: string): void => {
    const { request } = logInteraction;
    logInteraction.close();
    if (logged) {
      setMessage(logged);
      request?.onLogged?.();
    }
  };
  const onUndoRedo = useCallback((what: string) => setMessage(t(`shell.${what}`)), [t]);
  useOpenContactFromMain(session.api);
  useOpenTodayFromMain(session.api);
  useGlobalKeys(session.doc, { onLogInteraction: logFromKeys, onShowKeys: openKeys, onUndoRedo, onSearch: openSearch });
  return (
    <LogInteractionContext.Provider value={openLog}>
      {/* The first paint (issue 10) is looked at, not used: nothing in it takes focus or clicks. */}
      <div className="app" inert={session.preview} aria-busy={session.preview}>
        <SkipLink main={main} />
        <header className="topbar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <h1>{t('app.title')}</h1>
            <span className="tagline">{t('app.tagline')}</span>
          </div>
          <div className="topbar-actions">
            <button type="button" className="button-quiet" onClick={() => openLog()}>
              {t('shell.logInteraction')}
            </button>
            {session.api && <ImportFlow api={session.api} />}
            {/* The first paint has no calls to main; the same button stands in so nothing moves when it goes. */}
            {session.preview && (
              <button type="button" className="button-quiet">
                {t('importing.button')}
              </button>
            )}
            <SaveIndicator />
            {session.api && <SyncIndicator api={session.api} />}
          </div>
        </header>
        {session.mode === 'browser' && <BrowserNotice />}
        {session.info && <StoreNotices notices={session.info.notices} />}
        {session.api && <SyncNotices api={session.api} />}
        <div className="workspace">
          <Sidebar route={route} onShowKeys={openKeys} onSearch={openSearch} footer={<WeeklyChallenge />} />
          <main className="content" id="content" ref={main}>
            <RouteView route={route} />
          </main>
        </div>
        {logInteraction.request && <LogInteractionDialog request={logInteraction.request} onClose={closeLog} />}
        {showKeys && <KeysDialog onClose={() => setShowKeys(false)} />}
        {searching && <SearchPalette onClose={() => setSearching(false)} onMessage={setMessage} />}
        <LiveMessage message={message} onDone={clearMessage} />
      </div>
    </LogInteractionContext.Provider>
  );
}
