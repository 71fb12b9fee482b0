// The Reflections list's filters: tag, prompt group, and a linked person, event or goal. Each appears once some
// reflection has something to choose; a chosen value stays listed while it is the filter, so it can be cleared.
import { useTranslation } from 'react-i18next';
import { PROMPT_GROUPS } from '@shared/practice/prompts';
import { FilterSelect } from '../contacts/FilterSelect';
import { NO_FILTER, isFiltered, type Facets, type ReflectionQuery } from './reflection-query';
import type { LinkOptions } from './use-link-options';

interface Props {
  query: ReflectionQuery;
  onChange: (query: ReflectionQuery) => void;
  facets: Facets;
  options: LinkOptions;
  shown: number;
  total: number;
}

interface Choice {
  value: string;
  label: string;
}

function withCurrent(values: Iterable<string>, current: string): string[] {
  const list = [...values];
  return current === '' || list.includes(current) ? list : [...list, current];
}

export function ReflectionFilters({ query, onChange, facets, options, shown, total }: Props) {
  const { t, i18n } = useTranslation();
  const set = (key: keyof ReflectionQuery, value: string): void => onChange({ ...query, [key]: value });
  const byLabel = (a: Choice, b: Choice): number => a.label.localeCompare(b.label, i18n.language);
  const linked = (ids: Set<string>, current: string): Choice[] =>
    withCurrent(ids, current)
      .flatMap((id) => {
        const label = options.names.get(id);
        return label === undefined ? [] : [{ value: id, label }];
      })
      .sort(byLabel);
  const groupLabel = (g: string): string =>
    (PROMPT_GROUPS as readonly string[]).includes(g) ? t(`reflections.groups.${g}`) : g;

  const select = (key: keyof ReflectionQuery, label: string, any: string, choices: Choice[]) =>
    choices.length > 0 && (
      <FilterSelect label={label} value={query[key]} onChange={(v) => set(key, v)}>
        <option value="">{any}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </FilterSelect>
    );

  const tags = withCurrent(facets.tags, query.tag).map((tag) => ({ value: tag, label: tag }));
  const groups = withCurrent(facets.groups, query.group)
    .map((g) => ({ value: g, label: groupLabel(g) }))
    .sort((a, b) => PROMPT_GROUPS.indexOf(a.value as never) - PROMPT_GROUPS.indexOf(b.value as never));
  return (
    <div className="reflection-filters" role="group" aria-label={t('reflections.filters')}>
      {select('tag', t('reflections.filter.tag'), t('reflections.filter.anyTag'), tags)}
      {select('group', t('reflections.filter.group'), t('reflections.filter.anyGroup'), groups)}
      {select(
        'contactId',
        t('reflections.filter.person'),
        t('reflections.filter.anyPerson'),
        linked(facets.contactIds, query.contactId),
      )}
      {select(
        'eventId',
        t('reflections.filter.event'),
        t('reflections.filter.anyEvent'),
        linked(facets.eventIds, query.eventId),
      )}
      {select(
        'goalId',
        t('reflections.filter.goal'),
        t('reflections.filter.anyGoal'),
        linked(facets.goalIds, query.goalId),
      )}
      <div className="reflection-count">
        <p className="muted" aria-live="polite">
          {isFiltered(query) ? t('reflections.shown', { shown, total }) : t('reflections.count', { count: total })}
        </p>
        {isFiltered(query) && (
          <button type="button" className="button-quiet button-small" onClick={() => onChange(NO_FILTER)}>
            {t('reflections.filter.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
