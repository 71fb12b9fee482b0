// Capture before it fades: type, Ctrl/Cmd+Enter, gone. The note lands in the inbox, and the window
// closes only after main has the note on disk.
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addInboxNote } from '@shared/schema';
import { useJournal } from '../data/journal-context';
import { SaveIndicator } from '../components/SaveIndicator';

const isMac = navigator.platform.toLowerCase().includes('mac');
// What is typed survives a reload of this window (a restore reloads every window) until it is saved.
const DRAFT_KEY = 'rapport-quick-note-draft';

export function QuickNote() {
  const { t } = useTranslation();
  const session = useJournal();
  const [text, setTextState] = useState(() => sessionStorage.getItem(DRAFT_KEY) ?? '');
  const setText = (value: string): void => {
    setTextState(value);
    if (value) sessionStorage.setItem(DRAFT_KEY, value);
    else sessionStorage.removeItem(DRAFT_KEY);
  };
  const [savedOnce, setSavedOnce] = useState(false);
  const [saving, setSaving] = useState(false);

  // The draft stays (on screen and in sessionStorage) until main has the note on disk: while main cannot
  // save, the indicator says why and the provider keeps resending; nothing typed is thrown away.
  const save = async (): Promise<void> => {
    const note = text.trim();
    if (note === '' || saving) return;
    setSaving(true);
    addInboxNote(session.doc, note);
    await session.whenSaved();
    setText('');
    setSaving(false);
    setSavedOnce(true);
    if (session.api) await session.api.closeWindow();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape' && session.api) {
      void session.api.closeWindow();
    }
  };

  return (
    <main className="quick-note">
      <label htmlFor="quick-note-text" className="quick-note-label">
        {t('quickNote.label')}
      </label>
      <textarea
        id="quick-note-text"
        autoFocus
        value={text}
        placeholder={t('quickNote.placeholder')}
        readOnly={saving}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        rows={5}
      />
      <div className="quick-note-foot">
        <span className="hint">
          {savedOnce ? t('quickNote.saved') : t('quickNote.hint', { key: isMac ? '⌘' : 'Ctrl' })}
        </span>
        <SaveIndicator />
        <button
          type="button"
          className="button-primary"
          onClick={() => void save()}
          disabled={text.trim() === '' || saving}
        >
          {t('quickNote.save')}
        </button>
      </div>
    </main>
  );
}
