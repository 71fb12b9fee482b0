// The live circle page: the name as the heading; kind, rhythm and notes in the main column; members and
// the goals it serves beside them.
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CIRCLE_KINDS,
  circleNotes,
  hasRichText,
  trash,
  updateCircle,
  type Circle,
  type CircleInput,
  type CircleKind,
  type EntityMap,
} from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { routeHref } from '../../nav/route';
import { RichTextField } from '../../editor/RichTextField';
import { LiveField } from '../../ui/LiveField';
import { useLiveText } from '../../ui/use-live-text';
import { useFragment } from '../goals/use-fragment';
import { CircleMembers } from './CircleMembers';
import { CircleGoals } from './CircleGoals';
import { RHYTHM_KEYS } from './rhythms';
import './circles.css';

export function CirclePage({ circle, entry }: { circle: Circle; entry: EntityMap }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const ids = { kind: useId(), rhythms: useId() };
  const save = (patch: Partial<CircleInput>): void => edit(() => updateCircle(doc, circle.id, patch));
  const name = useLiveText(circle.name, (value) => save({ name: value }), { accept: (value) => value.trim() !== '' });
  const notes = useFragment(
    entry,
    () => hasRichText(doc, 'circles', circle.id, 'notes'),
    useCallback(() => circleNotes(doc, circle.id), [doc, circle.id]),
  );

  return (
    <section className="view circle-page" aria-labelledby="circle-title">
      <a className="entity-back" href={routeHref({ view: 'circles' })}>
        {t('circles.page.back')}
      </a>
      <header className="entity-head">
        <h2 id="circle-title" className="entity-title">
          <input className="entity-title-input" aria-label={t('circles.page.nameLabel')} {...name} />
        </h2>
        <button type="button" className="button-quiet" onClick={() => edit(() => trash(doc, 'circles', circle.id))}>
          {t('circles.page.trash')}
        </button>
      </header>
      <div className="entity-layout circle-layout">
        <section className="panel entity-panel circle-panel">
          <div className="field-row">
            <div className="field">
              <label htmlFor={ids.kind}>{t('circles.kind')}</label>
              <select id={ids.kind} value={circle.kind} onChange={(e) => save({ kind: e.target.value as CircleKind })}>
                {CIRCLE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`circles.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <LiveField
              label={t('circles.page.rhythm')}
              value={circle.rhythm}
              onSave={(value) => save({ rhythm: value })}
              placeholder={t('circles.page.rhythmPlaceholder')}
              hint={t('circles.page.rhythmHint')}
              inputProps={{ list: ids.rhythms, autoComplete: 'off' }}
            />
            <datalist id={ids.rhythms}>
              {RHYTHM_KEYS.map((key) => (
                <option key={key} value={t(`circles.rhythms.${key}`)} />
              ))}
            </datalist>
          </div>
          <div className="field">
            <p className="entity-field-label" aria-hidden="true">
              {t('circles.page.notes')}
            </p>
            {notes && (
              <RichTextField
                fragment={notes}
                label={t('circles.page.notes')}
                placeholder={t('circles.page.notesPlaceholder')}
                size="tall"
              />
            )}
          </div>
        </section>
        <aside className="circle-side">
          <CircleMembers circle={circle} />
          <CircleGoals circleId={circle.id} />
        </aside>
      </div>
    </section>
  );
}
