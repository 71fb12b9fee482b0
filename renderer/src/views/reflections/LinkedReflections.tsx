// The reflections linked to one person, event or goal, shown on that page: newest first, each a link with its
// date, and a way to write a new one already linked here.
import { useTranslation } from 'react-i18next';
import type { ReflectionLink } from '@shared/schema';
import { routeHref } from '../../nav/route';
import { formatDay } from '../contact/contact-wording';
import { useLinkedReflections } from './use-live-reflections';
import { useStartReflection } from './use-start-reflection';
import { reflectionLabel } from './reflection-label';
import './reflections.css';

export function LinkedReflections({ link }: { link: ReflectionLink }) {
  const { t, i18n } = useTranslation();
  const items = useLinkedReflections(link);
  const start = useStartReflection();
  const headingId = `linked-reflections-${link.field}`;
  return (
    <section className="panel entity-panel linked-reflections" aria-labelledby={headingId}>
      <div className="linked-reflections-head">
        <h3 id={headingId}>{t('reflections.linked.title')}</h3>
        <button type="button" className="button-quiet button-small" onClick={() => start({ [link.field]: [link.id] })}>
          {t('reflections.new')}
        </button>
      </div>
      {items.length === 0 ? (
        <p className="hint">{t(`reflections.linked.empty.${link.field}`)}</p>
      ) : (
        <ul className="linked-reflection-list" aria-labelledby={headingId}>
          {items.map((item) => {
            const label = reflectionLabel(item, t);
            return (
              <li key={item.id} className="linked-reflection">
                <time dateTime={item.date}>{formatDay(item.date, i18n.language)}</time>
                <a
                  className={label.untitled ? 'untitled' : undefined}
                  href={routeHref({ view: 'reflection', id: item.id })}
                >
                  {label.text}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
