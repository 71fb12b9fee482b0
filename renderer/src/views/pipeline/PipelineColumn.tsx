// One stage of the board: heading and count, then its people in a virtualised, scrolling list. Roving focus:
// one card per column is in the Tab order; ↑ ↓ move within the column, ← → to the next column with anyone in
// it, Alt+← / Alt+→ move the focused person one stage (focus follows them).
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Contact, Stage } from '@shared/schema';
import { rowAfterKey } from '../contacts/list-keys';
import { QUIET_STAGES, neighbourStage } from './pipeline-board';
import { PipelineCard } from './PipelineCard';

export const CARD_HEIGHT = 62;

/** "Put the focus on this column's card" (a person just moved here, or ← → from a neighbour); n makes each request new. */
export interface FocusRequest {
  stage: Stage;
  id?: string;
  n: number;
}

interface Props {
  stage: Stage;
  contacts: readonly Contact[];
  focus: FocusRequest | undefined;
  dropTarget: boolean;
  draggingId: string | undefined;
  onMove: (contact: Contact, stage: Stage, by: 'keys' | 'button') => void;
  onFocusColumn: (from: Stage, direction: -1 | 1) => void;
  onDragStartCard: (event: DragEvent<HTMLElement>, contact: Contact) => void;
  onDragEndCard: () => void;
}

export const PipelineColumn = memo(function PipelineColumn(props: Props) {
  const { stage, contacts, focus, dropTarget, draggingId, onMove, onFocusColumn, onDragStartCard, onDragEndCard } =
    props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [activeId, setActiveId] = useState<string | undefined>();
  const pendingFocus = useRef<string | undefined>(undefined);
  const indexById = useMemo(() => new Map(contacts.map((c, i) => [c.id, i])), [contacts]);
  const activeIndex = (activeId !== undefined ? indexById.get(activeId) : undefined) ?? 0;
  const headingId = `pipeline-${stage}-heading`;
  const previous = neighbourStage(stage, -1);
  const next = neighbourStage(stage, 1);
  // The same function while the cards are the same: a new one makes the virtualizer place every card again.
  const getItemKey = useCallback((index: number) => contacts[index]?.id ?? index, [contacts]);

  const virtualizer = useVirtualizer({
    count: contacts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: 4,
    getItemKey,
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return indexes.includes(activeIndex) || activeIndex >= contacts.length ? indexes : [activeIndex, ...indexes];
    },
  });

  // Focus waits until the card is rendered (it may first need scrolling into view).
  const focusPending = (): void => {
    const id = pendingFocus.current;
    if (id === undefined) return;
    const link = listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .pipeline-card-name`);
    if (link) {
      pendingFocus.current = undefined;
      link.focus();
    }
  };
  useLayoutEffect(focusPending);

  // A focus request for this column makes its card the active one (adjusted while rendering)…
  const request = focus?.stage === stage ? focus : undefined;
  const requestedId = request ? (request.id ?? contacts[activeIndex]?.id) : undefined;
  const [seenRequest, setSeenRequest] = useState<number | undefined>();
  if (request && request.n !== seenRequest) {
    setSeenRequest(request.n);
    if (requestedId !== undefined && requestedId !== activeId) setActiveId(requestedId);
  }
  // …and, once, scrolls it into view and focuses it (later renders must not steal focus back).
  const handledRequest = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!request || handledRequest.current === request.n) return;
    handledRequest.current = request.n;
    const index = requestedId === undefined ? undefined : indexById.get(requestedId);
    if (index === undefined) return;
    pendingFocus.current = requestedId;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusPending();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-id]')?.dataset.id;
    const index = id === undefined ? undefined : indexById.get(id);
    const contact = index === undefined ? undefined : contacts[index];
    if (!contact || index === undefined || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const sideways = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : undefined;
    if (event.altKey) {
      if (sideways === undefined) return;
      // Ours, not the window's Alt+←/→ history keys.
      event.preventDefault();
      event.stopPropagation();
      const to = sideways < 0 ? previous : next;
      if (to) onMove(contact, to, 'keys');
      return;
    }
    if (sideways !== undefined) {
      event.preventDefault();
      onFocusColumn(stage, sideways);
      return;
    }
    const target = rowAfterKey(event.key, index, contacts.length, 6);
    const to = target === undefined ? undefined : contacts[target];
    if (target === undefined || !to) return;
    event.preventDefault();
    setActiveId(to.id);
    pendingFocus.current = to.id;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  const onFocus = (event: FocusEvent<HTMLUListElement>): void => {
    const id = event.target.closest<HTMLElement>('[data-id]')?.dataset.id;
    if (id !== undefined && id !== activeId) setActiveId(id);
  };

  const quiet = QUIET_STAGES.has(stage);
  const className = ['pipeline-column', quiet ? 'quiet' : '', dropTarget ? 'drop-target' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <section className={className} data-stage={stage} aria-labelledby={headingId}>
      <header className="pipeline-column-head">
        <h3 id={headingId}>{t(`pipeline.stages.${stage}`)}</h3>
        <span className="pipeline-column-count">{t('pipeline.count', { count: contacts.length })}</span>
      </header>
      {quiet && <p className="hint pipeline-quiet-note">{t('pipeline.quietNote')}</p>}
      <div ref={scrollRef} className="pipeline-cards">
        {contacts.length === 0 && (
          <p className="pipeline-column-empty">{dropTarget ? t('pipeline.dropHere') : t('pipeline.emptyColumn')}</p>
        )}
        <ul
          ref={listRef}
          className="pipeline-list"
          aria-label={t(`pipeline.stages.${stage}`)}
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const contact = contacts[item.index];
            if (!contact) return null;
            return (
              <PipelineCard
                key={contact.id}
                contact={contact}
                start={item.start}
                index={item.index}
                total={contacts.length}
                tabbable={item.index === activeIndex}
                dragging={contact.id === draggingId}
                previous={previous}
                next={next}
                onMove={onMove}
                onDragStart={onDragStartCard}
                onDragEnd={onDragEndCard}
              />
            );
          })}
        </ul>
      </div>
      {dropTarget && contacts.length > 0 && (
        <p className="pipeline-drop-hint" aria-hidden="true">
          {t('pipeline.dropHere')}
        </p>
      )}
    </section>
  );
});
