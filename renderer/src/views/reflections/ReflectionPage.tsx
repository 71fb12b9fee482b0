// The live reflection page: the date, a title, the prompt it was written from (as it was asked then) and the
// body in the main column; how I feel, the mood word, tags and what it is about beside them.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  hasRichText,
  reflectionBody,
  trash,
  updateReflection,
  type EntityMap,
  type Reflection,
  type ReflectionInput,
} from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { routeHref } from '../../nav/route';
import { RichTextField } from '../../editor/RichTextField';
import { useLiveText } from '../../ui/use-live-text';
import { useFragment } from '../goals/use-fragment';
import { DateField } from './DateField';
import { isFresh } from './fresh-reflection';
import { ReflectionFeeling } from './ReflectionFeeling';
import { ReflectionLinks } from './ReflectionLinks';
import '../../styles/entity-page.css';
import './reflections.css';

export function ReflectionPage({ reflection, entry }: { reflection: Reflection; entry: EntityMap }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const { id } = reflection;
  const save = (patch: Partial<ReflectionInput>): void => edit(() => updateReflection(doc, id, patch));
  const [fresh] = useState(() => isFresh(reflection.id));
  const title = useLiveText(reflection.title, (value) => save({ title: value }));
  const body = useFragment(
    entry,
    () => hasRichText(doc, 'reflections', id, 'body'),
    useCallback(() => reflectionBody(doc, id), [doc, id]),
  );

  return (
    <section className="view reflection-page" aria-labelledby="reflection-title">
      <a className="entity-back" href={routeHref({ view: 'reflections' })}>
        {t('reflections.page.back')}
      </a>
      <header className="entity-head">
        <h2 id="reflection-title" className="entity-title">
          <input
            className="entity-title-input"
            aria-label={t('reflections.page.title')}
            placeholder={t('reflections.page.titlePlaceholder')}
            {...title}
          />
        </h2>
        <button type="button" className="button-quiet" onClick={() => edit(() => trash(doc, 'reflections', id))}>
          {t('reflections.page.trash')}
        </button>
      </header>
      <div className="entity-layout reflection-layout">
        <section className="panel entity-panel reflection-main" aria-label={t('reflections.page.writing')}>
          <DateField label={t('reflections.page.date')} value={reflection.date} onSave={(date) => save({ date })} />
          {reflection.promptText && (
            <figure className="reflection-prompt">
              <figcaption>{t('reflections.page.prompt')}</figcaption>
              <blockquote>{reflection.promptText}</blockquote>
            </figure>
          )}
          <div className="field reflection-body">
            <p className="entity-field-label" aria-hidden="true">
              {t('reflections.page.body')}
            </p>
            {body && (
              <RichTextField
                fragment={body}
                label={t('reflections.page.body')}
                placeholder={t('reflections.page.bodyPlaceholder')}
                size="tall"
                autoFocus={fresh}
              />
            )}
          </div>
        </section>
        <aside className="reflection-side">
          <ReflectionFeeling reflection={reflection} onSave={save} />
          <ReflectionLinks reflection={reflection} onSave={save} />
        </aside>
      </div>
    </section>
  );
}
