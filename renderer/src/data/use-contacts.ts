// Live contacts sorted by name in the UI language, for pickers and small lists. Built on the incremental
// store (live-contacts.ts), so an edit re-reads only the contacts it touched, not all 10,000.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/schema';
import { useLiveContacts } from './use-live-contacts';

export function useContacts(): Contact[] {
  const { i18n } = useTranslation();
  const live = useLiveContacts();
  const locale = i18n.language;
  return useMemo(() => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    return [...live].sort((a, b) => collator.compare(a.name, b.name) || a.createdAt.localeCompare(b.createdAt));
  }, [live, locale]);
}
