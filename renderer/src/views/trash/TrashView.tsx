// The Trash (#/trash): everything deleted in the last 30 days, to restore or delete for good. Deleting for
// good is asked about first and is deliberately not an undoable edit: the dialog promises it cannot be undone.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { purge, purgeExpired, restore, type TrashEntry } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { routeHref, type Route } from '../../nav/route';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useTrash } from './use-trash';
import { TrashRow } from './TrashRow';
import './trash.css';

type Confirming = { all: false; entry: TrashEntry } | { all: true } | null;

const PAGES: Partial<Record<TrashEntry['collection'], 'contact' | 'goal' | 'circle' | 'event' | 'reflection'>> = {
  contacts: 'contact',
  goals: 'goal',
  circles: 'circle',
  events: 'event',
  reflections: 'reflection',
};

export function TrashView() {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const entries = useTrash();
  const [now] = useState(() => new Date());
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [message, setMessage] = useState<{ text: string; href?: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // What is past its 30 days goes now, as main's sweeper would on its next round (also not undoable).
  useEffect(() => {
    purgeExpired(doc);
  }, [doc]);

  const titleOf = (entry: TrashEntry): string => entry.title || t('trash.untitled');
  const onRestore = (entry: TrashEntry): void => {
    edit(() => restore(doc, entry.collection, entry.id));
    const page = PAGES[entry.collection];
    setMessage({
      text: t('trash.restored', { title: titleOf(entry) }),
      href: page ? routeHref({ view: page, id: entry.id } as Route) : undefined,
    });
    heading.current?.focus();
  };
  const onConfirm = (): void => {
    if (!confirming) return;
    if (confirming.all) {
      doc.transact(() => entries.forEach((e) => purge(doc, e.collection, e.id)));
      setMessage({ text: t('trash.emptied') });
    } else {
      purge(doc, confirming.entry.collection, confirming.entry.id);
      setMessage({ text: t('trash.deleted', { title: titleOf(confirming.entry) }) });
    }
    setConfirming(null);
    heading.current?.focus();
  };

  return (
    <section className="view trash-view" aria-labelledby="trash-heading">
      <div className="view-head">
        <div>
          <h2 id="trash-heading" ref={heading} tabIndex={-1}>
            {t('trash.title')}
          </h2>
          <p className="muted trash-lead">{t('trash.lead')}</p>
        </div>
        {entries.length > 0 && (
          <button type="button" className="button-quiet" onClick={() => setConfirming({ all: true })}>
            {t('trash.emptyTrash')}
          </button>
        )}
      </div>
      <p className="trash-message" role="status">
        {message?.text}
        {message?.href && (
          <>
            {' '}
            <a href={message.href}>{t('trash.open')}</a>
          </>
        )}
      </p>
      {entries.length === 0 ? (
        <div className="panel empty-state">
          <h3>{t('trash.empty.title')}</h3>
          <p>{t('trash.empty.body')}</p>
        </div>
      ) : (
        <div className="panel">
          <ul className="trash-list" aria-label={t('trash.list')}>
            {entries.map((entry) => (
              <TrashRow
                key={`${entry.collection}:${entry.id}`}
                entry={entry}
                now={now}
                onRestore={() => onRestore(entry)}
                onDelete={() => setConfirming({ all: false, entry })}
              />
            ))}
          </ul>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={
            confirming.all
              ? t('trash.confirmAll.title')
              : t('trash.confirmOne.title', { title: titleOf(confirming.entry) })
          }
          body={confirming.all ? t('trash.confirmAll.body', { count: entries.length }) : t('trash.confirmOne.body')}
          confirmLabel={confirming.all ? t('trash.confirmAll.confirm') : t('trash.confirmOne.confirm')}
          cancelLabel={confirming.all ? t('trash.confirmAll.cancel') : t('trash.confirmOne.cancel')}
          onConfirm={onConfirm}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
