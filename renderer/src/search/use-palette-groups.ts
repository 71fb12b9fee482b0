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

const PER_KIND = 5;
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
  return useMemo(() => {
    const groups: PaletteGroup[] = [];
    const add = (id: string, items: PaletteItem[]): void => {
      if (items.length > 0) groups.push({ id, heading: t(`search.groups.${id}`), items });
    };
    const asItem = (c: PaletteCommand): PaletteItem => plain(`command-${c.id}`, c.label, c.run);
    if (query.trim() === '') {
      const places = recent.flatMap((route): PaletteItem[] => {
        const open = (): void => navigate(route);
        const href = 'id' in route ? `${route.view}/${route.id}` : route.view;
        if (!('id' in route)) return [plain(`recent-${href}`, t(`shell.${route.view}`), open)];
        const name = PAGE_COLLECTION[route.view];
        const found = name && documentFor(doc, name, route.id);
        if (!found) return [];
        return [
          plain(
            `recent-${href}`,
            found.title || t('search.untitled'),
            open,
            t(`search.groups.${PAGE_KIND[route.view]}`),
          ),
        ];
      });
      add('recent', places);
      add('commands', commands.filter((c) => c.featured).map(asItem));
      return groups;
    }
    add(
      'commands',
      commands
        .filter((c) => matchesCommand(c, query))
        .slice(0, COMMANDS_SHOWN)
        .map(asItem),
    );
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
      add(kind, items);
    }
    return groups;
  }, [t, doc, query, commands, hits, recent]);
}
