// Capture before it fades: type, Ctrl/Cmd+Enter, gone. The window holds no replica of the journal: main adds
// the note to its own document and answers once it is on disk; only then is the draft cleared and hidden.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSuggestion, RapportApi } from '@shared/ipc/contract';
import { ipcErrorMessage } from '../data/ipc-error';
import { useDraft } from './use-draft';
import { QuickNotePeople } from './QuickNotePeople';
import './quick-note.css';

const isMac = navigator.platform.toLowerCase().includes('mac');

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

export function QuickNote({ api }: { api: RapportApi }) {
  const { t } = useTranslation();
  const [text, setText] = useDraft();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [people, setPeople] = useState<ContactSuggestion[]>([]);
  const field = useRef<HTMLTextAreaElement>(null);
  const saving = state.kind === 'saving';

  // The window is made once and shown many times: each time it comes up, the caret is back in the note.
  useEffect(() => {
    const onFocus = (): void => field.current?.focus();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  // A failed save keeps every character: main rejects with the store's reason and nothing is cleared.
  const save = async (): Promise<void> => {
    const note = text.trim();
    if (note === '' || saving) return;
    setState({ kind: 'saving' });
    try {
      await api.saveQuickNote(people.length > 0 ? { text: note, contactIds: people.map((p) => p.id) } : { text: note });
      setText('');
      setPeople([]);
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', reason: ipcErrorMessage(error) });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void api.closeWindow(); // main hides the window; the draft stays
    }
  };

  return (
    <main className="quick-note">
      <label htmlFor="quick-note-text" className="quick-note-label">
        {t('quickNote.label')}
      </label>
      <textarea
        id="quick-note-text"
        ref={field}
        autoFocus
        value={text}
        placeholder={t('quickNote.placeholder')}
        readOnly={saving}
        aria-describedby={state.kind === 'failed' ? 'quick-note-problem' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (state.kind === 'saved') setState({ kind: 'idle' });
        }}
        onKeyDown={onKeyDown}
        rows={4}
      />
      <QuickNotePeople api={api} chosen={people} onChange={setPeople} onOtherKey={onKeyDown} disabled={saving} />
      {state.kind === 'failed' && (
        <p id="quick-note-problem" className="quick-note-problem" role="alert">
          {t('quickNote.failed', { reason: state.reason })}
        </p>
      )}
      <div className="quick-note-foot">
        <span className="hint" role="status">
          {state.kind === 'saved'
            ? t('quickNote.saved')
            : saving
              ? t('quickNote.saving')
              : t('quickNote.hint', { key: isMac ? '⌘' : 'Ctrl' })}
        </span>
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
