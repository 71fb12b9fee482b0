// "New contact": a name is enough; a LinkedIn profile address (pasted, typed or dropped) guesses the name
// from the profile slug (never fetched — Rapport makes no network requests of its own). When the person
// looks like someone already in the journal, a calm notice says who, and adding is one deliberate step more.
import { useId, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createContact, type Contact } from '@shared/schema';
import { normaliseLinkedInUrl } from '@shared/import/contact-draft';
import { isHttpUrl } from '@shared/text/urls';
import { withProfileUrl } from './url-guess';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { formDuplicates, storedUrl } from './new-contact-duplicates';
import { useDuplicateFinder } from './use-duplicate-finder';
import { DuplicateWarning } from './DuplicateWarning';

interface Props {
  contacts: readonly Contact[];
  /** Called with the new contact's id, or with nothing when cancelled. */
  onDone: (createdId?: string) => void;
}

export function NewContactForm({ contacts, onDone }: Props) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const [fields, setFields] = useState({ name: '', company: '', role: '', url: '' });
  const [error, setError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const anywayRef = useRef<HTMLButtonElement>(null);
  const ids = { name: useId(), company: useId(), role: useId(), url: useId(), hint: useId(), error: useId() };
  const finder = useDuplicateFinder(contacts);
  const duplicates = formDuplicates(finder.find, finder.lookup, {
    name: fields.name,
    company: fields.company,
    linkedinUrl: fields.url,
  });

  const change = (key: keyof typeof fields, value: string): void => {
    setFields((f) => ({ ...f, [key]: value }));
    setConfirming(false);
  };

  const onPasteUrl = (event: ClipboardEvent<HTMLInputElement>): void => {
    const text = event.clipboardData.getData('text');
    if (!normaliseLinkedInUrl(text.trim())) return;
    event.preventDefault();
    setFields((f) => withProfileUrl(f, text, true));
    setConfirming(false);
  };

  // Typing or dropping an address guesses too; leaving the field writes it in its normal form.
  const onTypeUrl = (value: string, tidy: boolean): void => {
    setFields((f) => withProfileUrl(f, value, tidy));
    setConfirming(false);
  };

  const add = (): void => {
    const name = fields.name.trim();
    const link = storedUrl(fields.url);
    const id = edit(() =>
      createContact(doc, {
        name,
        company: fields.company.trim(),
        role: fields.role.trim(),
        linkedinUrl: link,
        source: link !== '' && normaliseLinkedInUrl(link) ? 'linkedin' : 'manual',
      }),
    );
    onDone(id);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (fields.name.trim() === '') {
      setError(t('form.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    if (fields.url.trim() !== '' && !isHttpUrl(storedUrl(fields.url))) {
      setError(t('form.badUrl'));
      return;
    }
    setError(undefined);
    if (duplicates.length > 0 && !confirming) {
      setConfirming(true);
      requestAnimationFrame(() => anywayRef.current?.focus());
      return;
    }
    add();
  };

  return (
    <form
      className="card contact-form"
      aria-label={t('form.title')}
      onSubmit={submit}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <h3>{t('form.title')}</h3>
      <div className="field">
        <label htmlFor={ids.url}>{t('form.linkedinUrl')}</label>
        <input
          id={ids.url}
          type="url"
          inputMode="url"
          value={fields.url}
          aria-describedby={ids.hint}
          onChange={(e) => onTypeUrl(e.target.value, false)}
          onBlur={(e) => onTypeUrl(e.target.value, true)}
          onPaste={onPasteUrl}
          placeholder="https://www.linkedin.com/in/…"
        />
        <p id={ids.hint} className="hint">
          {t('form.linkedinHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.name}>{t('form.name')}</label>
        <input
          id={ids.name}
          ref={nameRef}
          value={fields.name}
          onChange={(e) => change('name', e.target.value)}
          autoFocus
          aria-invalid={error === t('form.nameRequired')}
          aria-describedby={error ? ids.error : undefined}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.company}>{t('form.company')}</label>
          <input id={ids.company} value={fields.company} onChange={(e) => change('company', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.role}>{t('form.role')}</label>
          <input id={ids.role} value={fields.role} onChange={(e) => change('role', e.target.value)} />
        </div>
      </div>
      <DuplicateWarning duplicates={duplicates} confirming={confirming} anywayRef={anywayRef} onAddAnyway={add} />
      {error && (
        <p id={ids.error} className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button-quiet" onClick={() => onDone()}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button-primary">
          {t('form.save')}
        </button>
      </div>
    </form>
  );
}
