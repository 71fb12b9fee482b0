// The command palette (Ctrl/Cmd+K, or Search in the sidebar): one dialog with a combobox that searches the
// whole journal in the worker and runs commands. ARIA combobox + listbox: focus stays in the text box and
// aria-activedescendant names the highlighted option; ↑/↓ move, Enter opens, Esc closes.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal } from '../data/journal-context';
import { searchClientFor } from './search-client';
import { useSearchHits } from './use-search-hits';
import { useCommands } from './use-commands';
import { usePaletteGroups, type PaletteItem } from './use-palette-groups';
import { readRecent } from './recent';
import { PaletteOption } from './PaletteOption';
import './search.css';

interface Props {
  onClose: () => void;
  onMessage: (text: string) => void;
}

export function SearchPalette({ onClose, onMessage }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const base = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { doc, cacheName } = useJournal();
  const [client] = useState(() => searchClientFor(doc, cacheName));
  const [recent] = useState(readRecent);
  const commands = useCommands(onMessage);
  const answer = useSearchHits(client, query);
  // Right after a large journal opens the worker is still building its index: the query waits for it.
  const [indexReady, setIndexReady] = useState(false);
  useEffect(() => {
    let live = true;
    void client.ready.then(() => live && setIndexReady(true));
    return () => {
      live = false;
    };
  }, [client]);
  const groups = usePaletteGroups(query, commands, answer.hits, recent);
  const items = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const current = Math.min(active, items.length - 1);
  const optionId = (item: PaletteItem): string => `${base}-${item.key}`;
  const activeItem = items[current];
  const opener = useRef<Element | null>(null);
  const list = useRef<HTMLDivElement>(null);
  /** Set when ↑/↓ moved the highlight, the one time the list must scroll to it (a forced layout otherwise). */
  const follow = useRef(false);
  /** Whether the list is scrolled down, kept from its scroll events so typing need not read the layout. */
  const scrolled = useRef(false);
  /** Closes the modal first (nothing outside it can take focus while it is open), then refocuses the opener. */
  const restoreFocus = useCallback((): void => {
    const element = opener.current;
    opener.current = null;
    dialog.current?.close();
    if (element instanceof HTMLElement && element.isConnected) element.focus();
  }, []);

  useEffect(() => {
    opener.current = document.activeElement;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return restoreFocus;
  }, [restoreFocus]);
  useEffect(() => {
    if (!follow.current) return;
    follow.current = false;
    if (activeItem) document.getElementById(optionId(activeItem))?.scrollIntoView({ block: 'nearest' });
  });

  // Focus goes back first, so whatever the item opens (a form, a page heading, a dialog) can take it after.
  const run = (item: PaletteItem): void => {
    restoreFocus();
    onClose();
    item.run();
  };
  // The rows get the same two handlers every render (so unchanged rows are not rendered again); they call
  // the newest `run` and look items up in the newest list.
  const latest = useRef({ items, run });
  useLayoutEffect(() => {
    latest.current = { items, run };
  });
  const onHover = useCallback((item: PaletteItem) => setActive(latest.current.items.indexOf(item)), []);
  const onRun = useCallback((item: PaletteItem) => latest.current.run(item), []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && items.length > 0) {
      event.preventDefault();
      follow.current = true;
      setActive((current + step + items.length) % items.length);
    } else if (event.key === 'Enter' && activeItem) {
      event.preventDefault();
      run(activeItem);
    }
  };
  const typed = query.trim() !== '';
  const settled = !typed || answer.query === query;
  const listId = `${base}-list`;

  return (
    <dialog
      ref={dialog}
      className="dialog palette"
      aria-label={t('search.title')}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
    >
      <input
        className="palette-input"
        type="text"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeItem ? optionId(activeItem) : undefined}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          // A new query's answer starts at the top, where the first option is highlighted.
          if (scrolled.current && list.current) list.current.scrollTop = 0;
        }}
        onKeyDown={onKeyDown}
      />
      {/* data-answered: the query the listed hits answer (the bench times keystroke → results painted by it). */}
      <div
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className="palette-list"
        ref={list}
        onScroll={(event) => (scrolled.current = event.currentTarget.scrollTop > 0)}
        data-answered={typed ? answer.query : ''}
      >
        {groups.map((group) => (
          <div key={group.id} role="group" aria-labelledby={`${base}-${group.id}`} className="palette-group">
            <div id={`${base}-${group.id}`} role="presentation" className="palette-heading">
              {group.heading}
            </div>
            {group.items.map((item) => (
              <PaletteOption
                key={item.key}
                id={optionId(item)}
                item={item}
                active={item === activeItem}
                onHover={onHover}
                onRun={onRun}
              />
            ))}
          </div>
        ))}
      </div>
      {items.length === 0 && (
        <div className="palette-empty">
          {typed ? (
            settled ? (
              <>
                <p>{t('search.nothing', { query })}</p>
                <p className="muted">{t('search.nothingHint')}</p>
              </>
            ) : (
              !indexReady && <p className="muted">{t('search.searching')}</p>
            )
          ) : (
            <p className="muted">{t('search.recentEmpty')}</p>
          )}
        </div>
      )}
      <p className="sr-only" role="status">
        {typed && settled
          ? t('search.resultsCount', { count: items.length })
          : typed && !indexReady
            ? t('search.searching')
            : ''}
      </p>
      <p className="palette-hint muted" aria-hidden="true">
        {t('search.hint')}
      </p>
    </dialog>
  );
}
