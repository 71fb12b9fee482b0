// The circle page (#/circle/<id>): one structured network — what it is, how often it meets, who is in it.
// A trashed circle offers its way back; an unknown id says so kindly.
import { useTranslation } from 'react-i18next';
import { circlesMap, readCircle, type EntityMap } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { routeHref } from '../../nav/route';
import { TrashedNotice } from '../trash/TrashedNotice';
import { GoneNotice } from '../goals/GoneNotice';
import { useEntry } from '../../data/use-entry';
import { useStableRead } from '../goals/use-stable-read';
import { CirclePage } from './CirclePage';

export function CircleView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const entry = useEntry(circlesMap(doc), id);
  if (!entry)
    return (
      <GoneNotice
        title={t('circles.missing.title')}
        body={t('circles.missing.body')}
        back="circles"
        backLabel={t('circles.page.back')}
      />
    );
  return <CircleEntry id={id} entry={entry} />;
}

function CircleEntry({ id, entry }: { id: string; entry: EntityMap }) {
  const { t } = useTranslation();
  const circle = useStableRead(entry, () => readCircle(id, entry));
  if (circle.deletedAt) {
    return (
      <TrashedNotice
        collection="circles"
        id={id}
        title={circle.name}
        backHref={routeHref({ view: 'circles' })}
        backLabel={t('circles.page.back')}
      />
    );
  }
  return <CirclePage circle={circle} entry={entry} />;
}
