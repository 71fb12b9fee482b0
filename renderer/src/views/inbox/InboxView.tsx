// The inbox: quick notes captured from the tray window, newest first. Each can be edited in place and
// becomes an interaction, a reflection, a new contact, a next step or an event — or goes to the trash.
// Whatever it becomes, the note leaves the inbox in the same undoable step (see use-triage.ts).
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getContact, type InboxNote } from '@shared/schema';
import { useInbox } from '../../data/use-inbox';
import { useJournal } from '../../data/journal-context';
import { isMac } from '../../shell/use-global-keys';
import { StatusLine } from '../contact/StatusLine';
import { InboxNoteItem } from './InboxNoteItem';
import { ContactFromNoteDialog } from './ContactFromNoteDialog';
import { StepFromNoteDialog } from './StepFromNoteDialog';
import { EventFromNoteDialog } from './EventFromNoteDialog';
import type { TriageChoice } from './TriageActions';
import { useTriage } from './use-triage';
import './inbox.css';

type Form = { kind: 'contact' | 'step' | 'event'; note: InboxNote };

export function InboxView() {
  const { t, i18n } = useTranslation();
  const notes = useInbox();
  const { api, doc } = useJournal();
  const triage = useTriage();
  const [form, setForm] = useState<Form | null>(null);
  const [message, setMessage] = useState('');
  const clearMessage = useCallback(() => setMessage(''), []);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const key = isMac ? '⌘' : 'Ctrl';

  /** The note's buttons are gone once it leaves: the focus goes back to the top of the inbox. */
  const settled = useCallback(
    (said?: string): void => {
      setMessage([said, t('inbox.undoHint', { key })].filter(Boolean).join(' '));
      heading.current?.focus();
    },
    [t, key],
  );
  const onChoose = useCallback(
    (note: InboxNote, choice: TriageChoice): void => {
      if (choice === 'interaction') triage.toInteraction(note);
      else if (choice === 'reflection') triage.toReflection(note);
      else if (choice === 'trash') {
        triage.letGo(note);
        settled();
      } else {
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setForm({ kind: choice, note });
      }
    },
    [triage, settled],
  );
  const cancel = (): void => {
    setForm(null);
    opener.current?.focus();
  };

  return (
    <section className="view inbox" aria-labelledby="inbox-heading">
      <div className="view-head">
        <div>
          <h2 id="inbox-heading" ref={heading} tabIndex={-1}>
            {t('inbox.heading')}
          </h2>
          <p className="muted view-intro">{t('inbox.intro')}</p>
        </div>
        {api && (
          <button type="button" className="button-quiet" onClick={() => void api.openQuickNote()}>
            {t('inbox.quickNote')}
          </button>
        )}
      </div>
      <StatusLine message={message} onDone={clearMessage} className="inbox-status" />
      {notes.length === 0 ? (
        <div className="panel empty-state">
          <h3>{t('inbox.emptyTitle')}</h3>
          <p>{t('inbox.empty')}</p>
        </div>
      ) : (
        <ul className="inbox-list" aria-label={t('inbox.heading')}>
          {notes.map((note) => (
            <InboxNoteItem
              key={note.id}
              note={note}
              when={format.format(new Date(note.createdAt))}
              onChoose={onChoose}
            />
          ))}
        </ul>
      )}
      {api && <p className="hint inbox-tip">{t('inbox.shortcut', { key })}</p>}
      {form?.kind === 'contact' && (
        <ContactFromNoteDialog
          note={form.note}
          onCancel={cancel}
          onSave={(contact) => {
            setForm(null);
            triage.toContact(form.note, contact);
          }}
        />
      )}
      {form?.kind === 'step' && (
        <StepFromNoteDialog
          note={form.note}
          onCancel={cancel}
          onSave={(contactId, step) => {
            setForm(null);
            triage.toNextStep(form.note, contactId, step);
            settled(t('inbox.newStep.saved', { name: getContact(doc, contactId)?.name ?? '' }));
          }}
        />
      )}
      {form?.kind === 'event' && (
        <EventFromNoteDialog
          note={form.note}
          onCancel={cancel}
          onSave={(event) => {
            setForm(null);
            triage.toEvent(form.note, event);
          }}
        />
      )}
    </section>
  );
}
