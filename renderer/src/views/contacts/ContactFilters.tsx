// The People list's filters (name, stage, tag, goal, circle) and sort, with how many are shown of how many.
// Tag, goal and circle appear once there is something to choose; the bar stays in view while scrolling.
import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from '@shared/schema';
import { SORTS, isFiltered, type ContactQuery, type SortKey } from './contact-query';
import type { FilterOption } from './use-filter-options';
import { FilterSelect } from './FilterSelect';
import { NameFilter } from './NameFilter';

interface Props {
  query: ContactQuery;
  onChange: (query: ContactQuery) => void;
  onClear: () => void;
  tags: readonly string[];
  goals: readonly FilterOption[];
  circles: readonly FilterOption[];
  shown: number;
  total: number;
}

const SORT_LABELS: Record<SortKey, string> = {
  name: 'contactsView.sortName',
  lastInteraction: 'contactsView.sortLastInteraction',
  nextStep: 'contactsView.sortNextStep',
};

export function ContactFilters({ query, onChange, onClear, tags, goals, circles, shown, total }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ContactQuery>(key: K, value: ContactQuery[K]): void =>
    onChange({ ...query, [key]: value });
  const filtered = isFiltered(query);
  // A tag nobody has any more still shows while it is the filter, so it can be seen and cleared.
  const tagOptions = query.tag === '' || tags.includes(query.tag) ? tags : [...tags, query.tag];

  return (
    <div className="people-filters" role="group" aria-label={t('contactsView.filters')}>
      <NameFilter value={query.name} onChange={(v) => set('name', v)} />
      <FilterSelect label={t('contactsView.stage')} value={query.stage} onChange={(v) => set('stage', v as Stage | '')}>
        <option value="">{t('contactsView.anyStage')}</option>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {t(`pipeline.stages.${stage}`)}
          </option>
        ))}
      </FilterSelect>
      {tagOptions.length > 0 && (
        <FilterSelect label={t('contactsView.tag')} value={query.tag} onChange={(v) => set('tag', v)}>
          <option value="">{t('contactsView.anyTag')}</option>
          {tagOptions.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </FilterSelect>
      )}
      {goals.length > 0 && (
        <FilterSelect label={t('contactsView.goal')} value={query.goalId} onChange={(v) => set('goalId', v)}>
          <option value="">{t('contactsView.anyGoal')}</option>
          {goals.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </FilterSelect>
      )}
      {circles.length > 0 && (
        <FilterSelect label={t('contactsView.circle')} value={query.circleId} onChange={(v) => set('circleId', v)}>
          <option value="">{t('contactsView.anyCircle')}</option>
          {circles.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </FilterSelect>
      )}
      <FilterSelect label={t('contactsView.sort')} value={query.sort} onChange={(v) => set('sort', v as SortKey)}>
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(SORT_LABELS[sort])}
          </option>
        ))}
      </FilterSelect>
      <div className="people-count">
        <p className="muted" aria-live="polite">
          {filtered ? t('contactsView.shown', { shown, total }) : t('contacts.count', { count: total })}
        </p>
        {filtered && (
          <button type="button" className="button-quiet button-small" onClick={onClear}>
            {t('contactsView.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
