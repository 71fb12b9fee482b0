// A reflection's page (#/reflection/<id>). A trashed entry offers its way back; an unknown id says so kindly.
import { useTranslation } from 'react-i18next';
import { readReflection, reflectionsMap, type EntityMap } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEntry } from '../../data/use-entry';
import { routeHref } from '../../nav/route';
import { TrashedNotice } from '../trash/TrashedNotice';
import { GoneNotice } from '../goals/GoneNotice';
import { useStableRead } from '../goals/use-stable-read';
import { ReflectionPage } from './ReflectionPage';

export function ReflectionView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const entry = useEntry(reflectionsMap(doc), id);
  if (!entry)
    return (
      <GoneNotice
        title={t('reflections.missing.title')}
        body={t('reflections.missing.body')}
        back="reflections"
        backLabel={t('reflections.page.back')}
      />
    );
  return <ReflectionEntry id={id} entry={entry} />;
}

function ReflectionEntry({ id, entry }: { id: string; entry: EntityMap }) {
  const { t } = useTranslation();
  // Typing in the body changes the record deeply; the stable read keeps the page still while it does.
  const reflection = useStableRead(entry, () => readReflection(id, entry));
  if (reflection.deletedAt) {
    return (
      <TrashedNotice
        collection="reflections"
        id={id}
        title={reflection.title || reflection.promptText || ''}
        backHref={routeHref({ view: 'reflections' })}
        backLabel={t('reflections.page.back')}
      />
    );
  }
  return <ReflectionPage reflection={reflection} entry={entry} />;
}
