// The journal window's frame.
import { useTranslation } from 'react-i18next';
import { useJournal } from '../data/journal-context';
import { BrowserNotice } from './BrowserNotice';
import { InboxPanel } from './InboxPanel';
import { PeoplePanel } from './PeoplePanel';
import { SaveIndicator } from './SaveIndicator';
import { StoreNotices } from './StoreNotices';
import { ImportFlow } from './ImportFlow';

export function App() {
  const { t } = useTranslation();
  const session = useJournal();
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <h1>{t('app.title')}</h1>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <div className="topbar-actions">
          {session.api && <ImportFlow api={session.api} />}
          <SaveIndicator />
        </div>
      </header>
      {session.mode === 'browser' && <BrowserNotice />}
      {session.info && <StoreNotices notices={session.info.notices} />}
      <main className="content">
        <PeoplePanel />
        <InboxPanel />
      </main>
    </div>
  );
}
