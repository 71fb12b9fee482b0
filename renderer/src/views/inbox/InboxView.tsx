// The inbox: quick notes captured from the tray window, newest first, each waiting to become an interaction
// with someone (the note then goes to the trash) or to be let go.
import { useTranslation } from 'react-i18next';
import { trash, type InboxNote } from '@shared/schema';
import { useInbox } from '../../data/use-inbox';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { useOpenLogInteraction } from '../../interactions/log-interaction-context';
import { isMac } from '../../shell/use-global-keys';
import './inbox.css';

/** A short form of the note for button names ("Log “Ask Sam about…” as an interaction"). */
function excerpt(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

export function InboxView() {
  const { t, i18n } = useTranslation();
  const notes = useInbox();
  const { api, doc } = useJournal();
  const edit = useEdit();
  const openLog = useOpenLogInteraction();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const letGo = (note: InboxNote): void => edit(() => trash(doc, 'inbox', note.id));
  const logAs = (note: InboxNote): void => openLog({ summary: note.text, onLogged: () => letGo(note) });

  return (
    <section className="view inbox" aria-labelledby="inbox-heading">
      <div className="view-head">
        <div>
          <h2 id="inbox-heading">{t('inbox.heading')}</h2>
          <p className="muted view-intro">{t('inbox.intro')}</p>
        </div>
        {api && (
          <button type="button" className="button-quiet" onClick={() => void api.openQuickNote()}>
            {t('inbox.quickNote')}
          </button>
        )}
      </div>
      {notes.length === 0 ? (
        <div className="panel empty-state">
          <h3>{t('inbox.emptyTitle')}</h3>
          <p>{t('inbox.empty')}</p>
        </div>
      ) : (
        <ul className="inbox-list" aria-label={t('inbox.heading')}>
          {notes.map((note) => (
            <li key={note.id} className="panel inbox-note">
              <p className="inbox-text">{note.text}</p>
              <div className="inbox-foot">
                <time dateTime={note.createdAt}>{format.format(new Date(note.createdAt))}</time>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('inbox.trashFor', { text: excerpt(note.text) })}
                  onClick={() => letGo(note)}
                >
                  {t('inbox.trash')}
                </button>
                <button
                  type="button"
                  className="button-primary"
                  aria-label={t('inbox.logAsFor', { text: excerpt(note.text) })}
                  onClick={() => logAs(note)}
                >
                  {t('inbox.logAs')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {api && <p className="hint inbox-tip">{t('inbox.shortcut', { key: isMac ? '⌘' : 'Ctrl' })}</p>}
    </section>
  );
}
