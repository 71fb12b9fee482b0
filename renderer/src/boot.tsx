// Shared start-up for both windows: i18n, the journal session, and a plain error if opening fails.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { setupI18n } from './i18n';
import { JournalContext } from './data/journal-context';
import { openJournalSession } from './data/journal-session';
import './styles/base.css';
import './styles/shell.css';
import './styles/access.css';
import './styles/entity-page.css';

export async function boot(render: () => ReactNode): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('The page has no #root element');
  const root = createRoot(rootElement);
  await setupI18n();
  try {
    const session = await openJournalSession();
    window.addEventListener('pagehide', () => session.destroy());
    root.render(
      <StrictMode>
        <JournalContext.Provider value={session}>{render()}</JournalContext.Provider>
      </StrictMode>,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    root.render(
      <p className="fatal" role="alert">
        {i18next.t('loadFailed', { message })}
      </p>,
    );
  }
}
