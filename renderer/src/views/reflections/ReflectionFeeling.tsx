// How the entry leaves me: energy on the same five steps as interactions, an optional mood word, and tags.
import { useTranslation } from 'react-i18next';
import type { Reflection, ReflectionInput } from '@shared/schema';
import { EnergyChoice } from '../../interactions/EnergyChoice';
import { LiveField } from '../../ui/LiveField';
import { TagEditor } from '../contact/TagEditor';
import '../../interactions/interactions.css';

interface Props {
  reflection: Reflection;
  onSave: (patch: Partial<ReflectionInput>) => void;
}

export function ReflectionFeeling({ reflection, onSave }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel entity-panel reflection-panel" aria-label={t('reflections.page.feeling')}>
      <EnergyChoice
        legend={t('reflections.page.energy')}
        value={reflection.energy}
        onChange={(energy) => onSave({ energy: energy ?? null })}
      />
      <LiveField
        label={t('reflections.page.mood')}
        value={reflection.mood}
        onSave={(mood) => onSave({ mood })}
        placeholder={t('reflections.page.moodPlaceholder')}
        hint={t('reflections.page.moodHint')}
      />
      <TagEditor tags={reflection.tags} onChange={(tags) => onSave({ tags })} />
    </section>
  );
}
