// "Log an interaction" from anywhere (Ctrl/Cmd+Shift+L, the top bar, a contact page): with whom (one or
// several people), when, what kind, what happened and how it felt. Saving is one undoable edit.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getContact, isDay, localDay, logInteraction } from '@shared/schema';
import { useJournal } from '../data/journal-context';
import { useContacts } from '../data/use-contacts';
import { useEdit } from '../data/use-edit';
import { Dialog } from '../ui/Dialog';
import { InteractionForm, type InteractionValues } from './InteractionForm';
import type { LogInteractionRequest } from './log-interaction-context';

interface Props {
  request: LogInteractionRequest;
  /** Called with a short confirmation when something was logged, or with nothing when cancelled. */
  onClose: (logged?: string) => void;
}

export function LogInteractionDialog({ request, onClose }: Props) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const editLocally = useEdit();
  // Whatever the request adds (an inbox note going to the trash) joins the logging's edit: one undo step.
  const edit = <T,>(action: () => T): T =>
    editLocally(() => {
      const result = action();
      request.inSameEdit?.();
      return result;
    });
  const hasPeople = useContacts().length > 0;
  const [initial] = useState<InteractionValues>(() => ({
    contactIds: (request.contactIds ?? []).filter((id) => getContact(doc, id) !== undefined),
    date: localDay(new Date()),
    kind: 'message',
    summary: request.summary ?? '',
    notes: '',
    energy: undefined,
    energyCost: undefined,
  }));

  const save = (values: InteractionValues): void => {
    const { contactIds, kind, summary, energy, energyCost } = values;
    edit(() =>
      logInteraction(doc, {
        contactIds,
        kind,
        summary,
        date: isDay(values.date) ? values.date : undefined,
        energy: energy ?? null,
        energyCost: energyCost ?? null,
      }),
    );
    const names = contactIds.map((id) => getContact(doc, id)?.name ?? '').join(', ');
    onClose(t('interactions.saved', { count: contactIds.length, names }));
  };

  return (
    <Dialog title={t('interactions.title')} onClose={() => onClose()} className="dialog-wide">
      {hasPeople ? (
        <InteractionForm
          label={t('interactions.title')}
          initial={initial}
          submitLabel={t('interactions.save')}
          onSubmit={save}
          onCancel={() => onClose()}
        />
      ) : (
        <>
          <p className="dialog-body">{t('interactions.noPeople')}</p>
          <div className="actions">
            <button type="button" className="button-primary" onClick={() => onClose()} autoFocus>
              {t('interactions.cancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
