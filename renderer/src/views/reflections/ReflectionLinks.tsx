// What a reflection is about: people, events and goals chosen with the journal's pickers, each chip a link to
// its page. A person linked here finds the entry on their timeline; an event or goal, on its page.
import { useTranslation } from 'react-i18next';
import type { Reflection, ReflectionInput } from '@shared/schema';
import { routeHref, type Route } from '../../nav/route';
import { EntityPicker } from '../../ui/EntityPicker';
import type { PickerOption } from '../../ui/picker-match';
import { useLinkOptions } from './use-link-options';

interface Props {
  reflection: Reflection;
  onSave: (patch: Partial<ReflectionInput>) => void;
}

type Field = 'contactIds' | 'eventIds' | 'goalIds';
const VIEW: Record<Field, Route['view']> = { contactIds: 'contact', eventIds: 'event', goalIds: 'goal' };

export function ReflectionLinks({ reflection, onSave }: Props) {
  const { t } = useTranslation();
  const { people, events, goals } = useLinkOptions();
  const picker = (field: Field, label: string, options: PickerOption[], empty: string) => (
    <>
      <EntityPicker
        label={label}
        options={options}
        selected={reflection[field]}
        onAdd={(id) => onSave({ [field]: [...reflection[field], id] })}
        onRemove={(id) => onSave({ [field]: reflection[field].filter((other) => other !== id) })}
        renderChip={(option) => <a href={routeHref({ view: VIEW[field], id: option.id } as Route)}>{option.label}</a>}
      />
      {options.length === 0 && <p className="hint reflection-links-hint">{empty}</p>}
    </>
  );
  return (
    <section className="panel entity-panel reflection-panel" aria-label={t('reflections.page.links')}>
      {picker('contactIds', t('reflections.page.people'), people, t('reflections.page.noPeople'))}
      {picker('eventIds', t('reflections.page.events'), events, t('reflections.page.noEvents'))}
      {picker('goalIds', t('reflections.page.goals'), goals, t('reflections.page.noGoals'))}
    </section>
  );
}
