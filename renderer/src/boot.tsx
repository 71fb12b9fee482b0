// Start-up of the journal window: language and theme and i18n (boot-window.tsx), then the journal session,
// and a plain error if opening fails.
import { StrictMode, type ReactNode } from 'react';
import i18next from 'i18next';
import { JournalContext } from './data/journal-context';
import { openJournalSession } from './data/journal-session';
import { startWindow } from './boot-window';
import { setupI18n } from './i18n';

export async function boot(render: () => ReactNode): Promise<void> {
  const root = await startWindow(setupI18n);
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
