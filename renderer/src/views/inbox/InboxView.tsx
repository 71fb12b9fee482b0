// The inbox: quick notes captured from the tray window, newest first.
import { useTranslation } from 'react-i18next';
import { useInbox } from '../../data/use-inbox';
import { useJournal } from '../../data/journal-context';

export function InboxView() {
  const { t, i18n } = useTranslation();
  const notes = useInbox();
  const { api } = useJournal();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="view inbox" aria-labelledby="inbox-heading">
      <div className="panel-head">
        <h2 id="inbox-heading">{t('inbox.heading')}</h2>
        {api && (
          <button type="button" className="button-quiet" onClick={() => void api.openQuickNote()}>
            {t('inbox.quickNote')}
          </button>
        )}
      </div>
      {notes.length === 0 ? (
        <p className="muted">{t('inbox.empty')}</p>
      ) : (
        <ul className="inbox-list" aria-label={t('inbox.heading')}>
          {notes.map((note) => (
            <li key={note.id}>
              <p className="inbox-text">{note.text}</p>
              <time dateTime={note.createdAt}>{format.format(new Date(note.createdAt))}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
