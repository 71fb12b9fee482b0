// A long list virtualised against the window's scroll (People, Reflections): thousands of rows cost as much
// as the screenful shown. One row's link is in the Tab order (roving focus); ↑ ↓ Home End PageUp PageDown
// move between rows, scrolling the next one into view and focusing its link once it is rendered.
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import { rowAfterKey } from '../views/contacts/list-keys';
import { useScrollMargin } from '../views/contacts/use-scroll-margin';

interface Options<Row> {
  rows: readonly Row[];
  rowHeight: number;
  overscan: number;
  /** The link inside a row (`[data-id]`) that takes the focus, e.g. `.people-row-link`. */
  linkSelector: string;
}

export function useRovingVirtualRows<Row extends { id: string }>({
  rows,
  rowHeight,
  overscan,
  linkSelector,
}: Options<Row>) {
  const listRef = useRef<HTMLUListElement>(null);
  const scrollMargin = useScrollMargin(listRef);
  const [activeId, setActiveId] = useState<string | undefined>();
  const pendingFocus = useRef<string | undefined>(undefined);
  const indexById = useMemo(() => new Map(rows.map((row, i) => [row.id, i])), [rows]);
  const activeIndex = (activeId !== undefined ? indexById.get(activeId) : undefined) ?? 0;
  // The same function while the rows are the same: the virtualizer recomputes every row's place (10,000 at
  // L) whenever it changes — on every render, with a new function each time (a scrollbar drag, each frame).
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => rowHeight,
    overscan,
    scrollMargin,
    getItemKey,
    // The focused row stays rendered while scrolled away, so focus is never dropped onto the page.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return indexes.includes(activeIndex) || activeIndex >= rows.length ? indexes : [activeIndex, ...indexes];
    },
  });

  // Focus waits until the row is rendered (it may first need scrolling into view).
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === undefined) return;
    const link = listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] ${linkSelector}`);
    if (link) {
      pendingFocus.current = undefined;
      link.focus();
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const pageRows = Math.max(1, Math.floor(window.innerHeight / rowHeight) - 1);
    const next = rowAfterKey(event.key, activeIndex, rows.length, pageRows);
    const row = next === undefined ? undefined : rows[next];
    if (next === undefined || !row) return;
    event.preventDefault();
    setActiveId(row.id);
    pendingFocus.current = row.id;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  // A click or Tab onto a row makes it the row that ↑ ↓ start from.
  const onFocus = (event: FocusEvent<HTMLUListElement>): void => {
    const id = (event.target.closest('[data-id]') as HTMLElement | null)?.dataset.id;
    if (id !== undefined && id !== activeId) setActiveId(id);
  };

  return { listRef, virtualizer, scrollMargin, activeIndex, setActiveId, indexById, onKeyDown, onFocus };
}
