// Correcting a logged interaction: when, what kind, with whom, what happened, how it felt and what it took. Saving is
// one undoable edit; Cancel leaves it exactly as it was.
import { useTranslation } from 'react-i18next';
import { isDay, updateInteraction, type Interaction } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { Dialog } from '../../ui/Dialog';
import { InteractionForm, type InteractionValues } from '../../interactions/InteractionForm';

export function EditInteractionDialog({ interaction, onClose }: { interaction: Interaction; onClose: () => void }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();

  const save = (values: InteractionValues): void => {
    const { contactIds, kind, summary, notes, energy, energyCost } = values;
    edit(() =>
      updateInteraction(doc, interaction.id, {
        contactIds,
        kind,
        summary,
        notes,
        date: isDay(values.date) ? values.date : undefined,
        energy: energy ?? null,
        energyCost: energyCost ?? null,
      }),
    );
    onClose();
  };

  return (
    <Dialog title={t('contact.timeline.editTitle')} onClose={onClose} className="dialog-wide">
      <InteractionForm
        label={t('contact.timeline.editTitle')}
        initial={interaction}
        notesLabel={t('contact.timeline.notes')}
        submitLabel={t('contact.timeline.save')}
        onSubmit={save}
        onCancel={onClose}
      />
    </Dialog>
  );
}
