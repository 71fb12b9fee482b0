// What the palette lists for the text typed: with nothing typed, recent places and pages and the main
// commands; otherwise the commands it names, then search hits grouped by kind, a few of each.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { documentFor, SEARCH_KINDS, type Range, type SearchHit } from '@shared/search';
import { useJournal } from '../data/journal-context';
import type { Route } from '../nav/route';
import { navigate } from '../nav/use-route';
import { matchesCommand } from './command-match';
import { hitRoute, PAGE_COLLECTION, PAGE_KIND } from './hit-route';
import type { PaletteCommand } from './use-commands';
import { PER_KIND } from './use-search-hits';

export interface PaletteItem {
  key: string;
  label: string;
  labelRanges: Range[];
  detail: string;
  detailRanges: Range[];
  run: () => void;
}

export interface PaletteGroup {
  id: string;
  heading: string;
  items: PaletteItem[];
}

const COMMANDS_SHOWN = 6;

const plain = (key: string, label: string, run: () => void, detail = ''): PaletteItem => ({
  key,
  label,
  labelRanges: [],
  detail,
  detailRanges: [],
  run,
});

export function usePaletteGroups(
  query: string,
  commands: readonly PaletteCommand[],
  hits: readonly SearchHit[],
  recent: readonly Route[],
): PaletteGroup[] {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const typed = query.trim() !== '';
  // Each part is kept while its own inputs are unchanged: a keystroke leaves the hits' groups (and so their
  // rows) as they are until the worker's answer arrives, and an answer leaves the commands' items as they are.
  const commandItems = useMemo(
    () => new Map(commands.map((c) => [c, plain(`command-${c.id}`, c.label, c.run)])),
    [commands],
  );
  const hitGroups = useMemo(() => {
    const groups: PaletteGroup[] = [];
    for (const kind of SEARCH_KINDS) {
      const items = hits
        .filter((h) => h.kind === kind)
        .slice(0, PER_KIND)
        .map((h): PaletteItem => ({
          key: h.id,
          label: h.title || t('search.untitled'),
          labelRanges: h.titleRanges,
          detail: h.snippet,
          detailRanges: h.snippetRanges,
          run: () => navigate(hitRoute(h)),
        }));
      if (items.length > 0) groups.push({ id: kind, heading: t(`search.groups.${kind}`), items });
    }
    return groups;
  }, [t, hits]);
  const named = useMemo(
    () =>
      typed
        ? commands
            .filter((c) => matchesCommand(c, query))
            .slice(0, COMMANDS_SHOWN)
            .map((c) => commandItems.get(c) as PaletteItem)
        : [],
    [typed, query, commands, commandItems],
  );
  const emptyGroups = useMemo(() => {
    if (typed) return [];
    const groups: PaletteGroup[] = [];
    const add = (id: string, items: PaletteItem[]): void => {
      if (items.length > 0) groups.push({ id, heading: t(`search.groups.${id}`), items });
    };
    const places = recent.flatMap((route): PaletteItem[] => {
      const open = (): void => navigate(route);
      const href = 'id' in route ? `${route.view}/${route.id}` : route.view;
      if (!('id' in route)) return [plain(`recent-${href}`, t(`shell.${route.view}`), open)];
      const name = PAGE_COLLECTION[route.view];
      const found = name && documentFor(doc, name, route.id);
      if (!found) return [];
      return [
        plain(`recent-${href}`, found.title || t('search.untitled'), open, t(`search.groups.${PAGE_KIND[route.view]}`)),
      ];
    });
    add('recent', places);
    add(
      'commands',
      commands.filter((c) => c.featured).map((c) => commandItems.get(c) as PaletteItem),
    );
    return groups;
  }, [typed, t, doc, recent, commands, commandItems]);
  return useMemo(() => {
    if (!typed) return emptyGroups;
    const head = named.length > 0 ? [{ id: 'commands', heading: t('search.groups.commands'), items: named }] : [];
    return [...head, ...hitGroups];
  }, [typed, emptyGroups, named, hitGroups, t]);
}
