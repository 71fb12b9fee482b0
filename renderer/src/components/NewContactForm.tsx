// "New contact": a name is enough; pasting a LinkedIn profile address fills the URL and guesses the name
// from the profile slug (never fetched — Rapport makes no network requests of its own).
import { useId, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createContact } from '@shared/schema';
import { guessNameFromLinkedInUrl, normaliseLinkedInUrl } from '@shared/import/contact-draft';
import { useJournal } from '../data/journal-context';

interface Props {
  onDone: (createdName?: string) => void;
}

export function NewContactForm({ onDone }: Props) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | undefined>();
  const nameRef = useRef<HTMLInputElement>(null);
  const ids = { name: useId(), company: useId(), role: useId(), url: useId(), hint: useId(), error: useId() };

  const onPasteUrl = (event: ClipboardEvent<HTMLInputElement>): void => {
    const pasted = event.clipboardData.getData('text').trim();
    const profile = normaliseLinkedInUrl(pasted);
    if (!profile) return;
    event.preventDefault();
    setUrl(profile);
    const guess = guessNameFromLinkedInUrl(profile);
    if (guess && name.trim() === '') setName(guess);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError(t('form.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    const link = url.trim();
    if (link !== '' && !isHttpUrl(link)) {
      setError(t('form.badUrl'));
      return;
    }
    createContact(doc, {
      name: trimmed,
      company: company.trim(),
      role: role.trim(),
      linkedinUrl: link === '' ? '' : (normaliseLinkedInUrl(link) ?? link),
      source: link !== '' && normaliseLinkedInUrl(link) ? 'linkedin' : 'manual',
    });
    onDone(trimmed);
  };

  return (
    <form className="card contact-form" aria-label={t('form.title')} onSubmit={submit} noValidate>
      <h3>{t('form.title')}</h3>
      <div className="field">
        <label htmlFor={ids.url}>{t('form.linkedinUrl')}</label>
        <input id={ids.url} type="url" inputMode="url" value={url} aria-describedby={ids.hint}
          onChange={(e) => setUrl(e.target.value)} onPaste={onPasteUrl} placeholder="https://www.linkedin.com/in/…" />
        <p id={ids.hint} className="hint">{t('form.linkedinHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={ids.name}>{t('form.name')}</label>
        <input id={ids.name} ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} autoFocus
          aria-invalid={error === t('form.nameRequired')} aria-describedby={error ? ids.error : undefined} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.company}>{t('form.company')}</label>
          <input id={ids.company} value={company} onChange={(e) => setCompany(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.role}>{t('form.role')}</label>
          <input id={ids.role} value={role} onChange={(e) => setRole(e.target.value)} />
        </div>
      </div>
      {error && <p id={ids.error} className="form-error" role="alert">{error}</p>}
      <div className="actions">
        <button type="button" className="button-quiet" onClick={() => onDone()}>{t('form.cancel')}</button>
        <button type="submit" className="button-primary">{t('form.save')}</button>
      </div>
    </form>
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
