// "New circle": a name and a kind; the circle opens on its own page, where members and rhythm are added.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CIRCLE_KINDS, circleNotes, createCircle, type CircleKind } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { navigate } from '../../nav/use-route';
import { NameField } from '../../ui/NameField';

export function NewCircleForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CircleKind>('colleague');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('circles.form.required'));
      input.current?.focus();
      return;
    }
    const circleId = edit(() => {
      const created = createCircle(doc, { name, kind });
      // Created with the circle, so two devices never each create their own notes (see ensureFragment).
      circleNotes(doc, created);
      return created;
    });
    navigate({ view: 'circle', id: circleId });
  };

  return (
    <form className="card circle-new" aria-label={t('circles.form.label')} onSubmit={submit} noValidate>
      <div className="field-row">
        <NameField
          label={t('circles.form.name')}
          value={name}
          placeholder={t('circles.form.placeholder')}
          error={error}
          inputRef={input}
          onEscape={onCancel}
          onChange={(value) => {
            setName(value);
            setError('');
          }}
        />
        <div className="field circle-new-kind">
          <label htmlFor={`${id}-kind`}>{t('circles.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as CircleKind)}>
            {CIRCLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`circles.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions">
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('circles.form.cancel')}
        </button>
        <button type="submit" className="button-primary">
          {t('circles.form.create')}
        </button>
      </div>
    </form>
  );
}
