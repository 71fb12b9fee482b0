// The circles list (#/circles): the structured networks the user belongs to, with kind, rhythm and members.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../nav/route';
import { useContacts } from '../../data/use-contacts';
import { circleMembers } from './circle-members';
import { useCircles } from './use-circles';
import { NewCircleForm } from './NewCircleForm';
import './circles.css';

export function CirclesView() {
  const { t } = useTranslation();
  const circles = useCircles();
  const contacts = useContacts();
  const [adding, setAdding] = useState(false);
  return (
    <section className="view circles-view" aria-labelledby="circles-heading">
      <div className="view-head">
        <div>
          <h2 id="circles-heading">{t('circles.title')}</h2>
          <p className="muted circles-lead">{t('circles.lead')}</p>
        </div>
        {!adding && (
          <button type="button" className="button-primary" onClick={() => setAdding(true)}>
            {t('circles.new')}
          </button>
        )}
      </div>
      {adding && <NewCircleForm onCancel={() => setAdding(false)} />}
      {circles.length === 0 && !adding && (
        <div className="panel empty-state">
          <h3>{t('circles.empty.title')}</h3>
          <p>{t('circles.empty.body')}</p>
        </div>
      )}
      {circles.length > 0 && (
        <div className="panel">
          <ul className="entity-list" aria-label={t('circles.list')}>
            {circles.map((circle) => {
              const members = circleMembers(circle, contacts).length;
              return (
                <li key={circle.id} className="entity-row circle-row">
                  <div className="entity-row-main">
                    <a className="circle-row-name" href={routeHref({ view: 'circle', id: circle.id })}>
                      {circle.name || t('circles.untitled')}
                    </a>
                    <span className="circle-kind-tag">{t(`circles.kinds.${circle.kind}`)}</span>
                  </div>
                  <p className="circle-row-meta">
                    {[
                      circle.rhythm.trim(),
                      members > 0 ? t('circles.members', { count: members }) : t('circles.noMembers'),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
