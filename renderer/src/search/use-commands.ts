// The palette's commands, each wired to the action the rest of the window already uses: the same "New
// contact" form, reflection start, log dialog, quick-note window, import flow, backup and places.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_VIEWS, type ListView } from '../nav/route';
import { navigate } from '../nav/use-route';
import { useJournal } from '../data/journal-context';
import { useOpenLogInteraction } from '../interactions/log-interaction-context';
import { useStartReflection } from '../views/reflections/use-start-reflection';
import { canRequestImport, requestImport } from '../components/import-request';
import { requestIntent } from './intents';
import type { CommandName } from './command-match';

export interface PaletteCommand extends CommandName {
  id: string;
  run: () => void;
  /** Shown with an empty query (the places are only found by typing). */
  featured: boolean;
}

const ACTIONS = [
  'newContact',
  'newReflection',
  'newEvent',
  'logInteraction',
  'quickNote',
  'import',
  'backUp',
  'weeklyReview',
] as const;
type Action = (typeof ACTIONS)[number];

/** Places reached by "Go to …"; the weekly review has its own command. */
const PLACES: ListView[] = LIST_VIEWS.filter((v) => v !== 'review');

export function useCommands(onMessage: (text: string) => void): PaletteCommand[] {
  const { t, i18n } = useTranslation();
  const { api } = useJournal();
  const openLog = useOpenLogInteraction();
  const startReflection = useStartReflection();
  const language = i18n.language === 'sv' ? 'sv' : 'en';
  return useMemo(() => {
    const other = i18n.getFixedT(language === 'sv' ? 'en' : 'sv');
    const actions: Record<Action, (() => void) | undefined> = {
      newContact: () => {
        navigate({ view: 'contacts' });
        requestIntent('newContact');
      },
      newReflection: () => void startReflection(),
      newEvent: () => {
        navigate({ view: 'events' });
        requestIntent('newEvent');
      },
      logInteraction: () => openLog(),
      quickNote: api && (() => void api.openQuickNote()),
      import: api && canRequestImport() ? requestImport : undefined,
      backUp:
        api &&
        (() =>
          void api.backupNow().then(
            () => onMessage(t('search.backedUp')),
            (error: unknown) =>
              onMessage(t('search.backupFailed', { message: error instanceof Error ? error.message : String(error) })),
          )),
      weeklyReview: () => navigate({ view: 'review' }),
    };
    const commands: PaletteCommand[] = [];
    for (const id of ACTIONS) {
      const run = actions[id];
      if (run)
        commands.push({
          id,
          run,
          featured: true,
          label: t(`search.commands.${id}`),
          other: other(`search.commands.${id}`),
        });
    }
    for (const view of PLACES) {
      commands.push({
        id: `goto-${view}`,
        run: () => navigate({ view } as { view: ListView }),
        featured: false,
        label: t('search.commands.goTo', { place: t(`shell.${view}`) }),
        other: other('search.commands.goTo', { place: other(`shell.${view}`) }),
      });
    }
    return commands;
  }, [t, i18n, language, api, openLog, startReflection, onMessage]);
}
