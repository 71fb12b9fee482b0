// Start-up of the journal window: language and theme and i18n (boot-window.tsx), then the journal session,
// and a plain error if opening fails. With a first paint from main (issue 10), that copy is painted at once,
// read-only, and replaced by the journal when its replica has loaded.
import { StrictMode, type ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import i18next from 'i18next';
import type { FirstPaint } from '@shared/ipc/contract';
import { JournalContext } from './data/journal-context';
import { firstPaintSession, openJournalSession, type JournalSession } from './data/journal-session';
import { desktopApi } from './platform/rapport-api';
import { startWindow } from './boot-window';
import { setupI18n } from './i18n';

function show(root: Root, session: JournalSession, render: () => ReactNode): void {
  root.render(
    <StrictMode>
      {/* A new key: the views mount afresh on the journal, never holding on to the copy. */}
      <JournalContext.Provider key={session.preview ? 'first-paint' : 'journal'} value={session}>
        {render()}
      </JournalContext.Provider>
    </StrictMode>,
  );
}

/** Resolves after the next frame has been drawn (React has committed what was rendered before it). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

interface Painted {
  preview: JournalSession;
  known: Pick<FirstPaint, 'journalId' | 'epoch'>;
}

/** The first paint, painted; undefined when there is none or it cannot be read (then the journal is waited for). */
async function paintFirst(root: Root, render: () => ReactNode): Promise<Painted | undefined> {
  const api = desktopApi();
  if (!api) return undefined;
  try {
    let first: FirstPaint | null;
    try {
      first = await api.journalFirstPaint();
    } finally {
      // Main reads the journal once the window has its copy (or knows there is none): while this window
      // paints it.
      void api.journalReady().catch(() => undefined);
    }
    if (!first) return undefined;
    const preview = await firstPaintSession(first);
    show(root, preview, render);
    // The copy is on screen before the replica's cache loads: that load keeps this thread busy for as
    // long as the journal is large, and would otherwise hold back the very paint the copy is for.
    await nextFrame();
    // When the copy was on screen, for `npm run bench` (the page may be busy loading the replica by the
    // time anyone outside can ask).
    performance.mark('rapport:first-paint');
    // Says that this start painted main's copy first (the first-paint story checks main kept and gave it).
    document.documentElement.dataset.firstPaint = 'shown';
    return { preview, known: { journalId: first.journalId, epoch: first.epoch } };
  } catch {
    return undefined;
  }
}

export async function boot(render: () => ReactNode): Promise<void> {
  const root = await startWindow(setupI18n);
  const painted = await paintFirst(root, render);
  try {
    const session = await openJournalSession(painted?.known);
    window.addEventListener('pagehide', () => session.destroy());
    show(root, session, render);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    root.render(
      <p className="fatal" role="alert">
        {i18next.t('loadFailed', { message })}
      </p>,
    );
  } finally {
    // Once the views have let go of it (they unmount with the next render).
    if (painted) setTimeout(() => painted.preview.destroy(), 1000);
  }
}
