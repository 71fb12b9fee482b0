// The pipeline board (#/pipeline): a column per stage, identified → relationship, then the quiet ones. People
// move by drag and drop or from the keyboard (Alt+←/→ on a card); each move is one undoable edit (Ctrl/Cmd+Z)
// and is announced politely. Columns are virtualised, so 10,000 people do not slow the board down.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateContact, type Contact, type Stage } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { separateUndoSteps } from '../../data/undo';
import { isMac } from '../../shell/use-global-keys';
import { routeHref } from '../../nav/route';
import { useLiveContacts } from '../../data/use-live-contacts';
import { BOARD_STAGES, columnGrouper, nearestFilledStage } from './pipeline-board';
import { PipelineColumn, type FocusRequest } from './PipelineColumn';
import { useBoardDrag } from './use-board-drag';
import './pipeline.css';

export function PipelineView() {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const contacts = useLiveContacts();
  const [group] = useState(columnGrouper);
  const columns = useMemo(() => group(contacts, i18n.language), [group, contacts, i18n.language]);
  const [message, setMessage] = useState('');
  const [focus, setFocus] = useState<FocusRequest | undefined>();
  const requests = useRef(0);
  // Read by the (stable) focus callback, so the columns' memo is not broken by a new function each change.
  const columnsRef = useRef(columns);
  useLayoutEffect(() => {
    columnsRef.current = columns;
  });

  const move = useCallback(
    (contact: Contact, stage: Stage, by: 'keys' | 'drag' | 'button'): void => {
      if (contact.stage === stage) return;
      separateUndoSteps(doc); // each move is its own undo step, however quickly they follow each other
      edit(() => updateContact(doc, contact.id, { stage }));
      const key = isMac ? '⌘' : 'Ctrl';
      setMessage(t('pipeline.moved', { name: contact.name, stage: t(`pipeline.stages.${stage}`), key }));
      if (by === 'keys') setFocus({ stage, id: contact.id, n: ++requests.current });
    },
    [doc, edit, t],
  );

  const focusColumn = useCallback((from: Stage, direction: -1 | 1): void => {
    const stage = nearestFilledStage(columnsRef.current, from, direction);
    if (stage) setFocus({ stage, n: ++requests.current });
  }, []);

  const drag = useBoardDrag((id, stage) => {
    const contact = contacts.find((c) => c.id === id);
    if (contact) move(contact, stage, 'drag');
  });

  return (
    <section className="view pipeline-view" aria-labelledby="pipeline-heading">
      <div className="view-head">
        <div>
          <h2 id="pipeline-heading">{t('pipeline.title')}</h2>
          <p className="muted pipeline-lead">{t('pipeline.lead')}</p>
        </div>
      </div>
      {contacts.length === 0 ? (
        <div className="panel empty-state">
          <h3>{t('pipeline.emptyTitle')}</h3>
          <p>{t('pipeline.emptyBody')}</p>
          <a className="button-quiet pipeline-empty-link" href={routeHref({ view: 'contacts' })}>
            {t('pipeline.goToPeople')}
          </a>
        </div>
      ) : (
        <>
          <p id="pipeline-keys" className="hint pipeline-hint">
            {t('pipeline.keysHint')}
          </p>
          <p className="pipeline-status" role="status" aria-live="polite">
            {message}
          </p>
          <div className="pipeline-board" {...drag.boardProps}>
            {BOARD_STAGES.map((stage) => (
              <PipelineColumn
                key={stage}
                stage={stage}
                contacts={columns[stage]}
                focus={focus}
                dropTarget={drag.over === stage}
                draggingId={drag.draggingId}
                onMove={move}
                onFocusColumn={focusColumn}
                onDragStartCard={drag.start}
                onDragEndCard={drag.end}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
