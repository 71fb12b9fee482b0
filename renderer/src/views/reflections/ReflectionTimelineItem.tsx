// A reflection on a person's timeline, among the interactions: when, that it is a reflection, how I felt, and
// a link to the entry. Edited and trashed on its own page.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../nav/route';
import { formatDay } from '../contact/contact-wording';
import type { ReflectionItem } from './live-reflections';
import { reflectionLabel } from './reflection-label';
import { EnergyDots } from './EnergyDots';

export function ReflectionTimelineItem({ item }: { item: ReflectionItem }) {
  const { t, i18n } = useTranslation();
  const label = reflectionLabel(item, t);
  return (
    <li className="timeline-item timeline-reflection">
      <p className="timeline-meta">
        <time dateTime={item.date}>{formatDay(item.date, i18n.language)}</time>
        <span className="timeline-kind">{t('reflections.timeline.kind')}</span>
        {item.energy !== undefined && <EnergyDots energy={item.energy} t={t} />}
      </p>
      <p className="timeline-summary">
        <a href={routeHref({ view: 'reflection', id: item.id })}>{label.text}</a>
      </p>
    </li>
  );
}
