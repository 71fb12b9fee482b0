// Entry of the quick-note window (tray, global shortcut). It never opens the journal: no Yjs, no replica,
// so it is ready at once whatever the journal's size; main saves the note (see QuickNote).
import { StrictMode } from 'react';
import i18next from 'i18next';
import { QuickNote } from './quick-note/QuickNote';
import { startWindow } from './boot-window';
import { desktopApi } from './platform/rapport-api';
import { setupQuickNoteI18n } from './quick-note/setup-i18n';

void startWindow(setupQuickNoteI18n).then((root) => {
  const api = desktopApi();
  root.render(
    api ? (
      <StrictMode>
        <QuickNote api={api} />
      </StrictMode>
    ) : (
      <p className="fatal" role="alert">
        {i18next.t('quickNote.desktopOnly')}
      </p>
    ),
  );
});
