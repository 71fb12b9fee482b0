// Shared start-up for both windows: language and theme, i18n, the journal session, and a plain error if
// opening fails.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { setupI18n } from './i18n';
import { JournalContext } from './data/journal-context';
import { openJournalSession } from './data/journal-session';
import { desktopApi } from './platform/rapport-api';
import { applyTheme, languageOf, loadAppearance, storedAppearance } from './appearance/appearance';
import { followAppearance } from './appearance/follow-appearance';
import './styles/base.css';
import './styles/shell.css';
import './styles/access.css';
import './styles/entity-page.css';

export async function boot(render: () => ReactNode): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('The page has no #root element');
  const root = createRoot(rootElement);
  // Language and theme before the first paint: the remembered copy at once, then this computer's setting.
  applyTheme(storedAppearance().theme);
  const api = desktopApi();
  const appearance = await loadAppearance(api);
  applyTheme(appearance.theme);
  await setupI18n([languageOf(appearance.language)]);
  followAppearance(api);
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
