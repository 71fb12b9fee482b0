// The list of what a merge brings to the kept contact: filled fields, new list entries, interactions,
// goals, circles and text. Read from previewMerge, so it says exactly what mergeContacts will do.
import { useTranslation } from 'react-i18next';
import {
  getCircle,
  getGoal,
  mergeAddsNothing,
  MERGE_LISTS,
  type Contact,
  type MergeFill,
  type MergePreview,
} from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { formatDay } from './contact-wording';

const FIELD_LABEL: Record<Exclude<MergeFill, 'connectedOn'>, string> = {
  role: 'contact.details.role',
  company: 'contact.details.company',
  location: 'contact.details.location',
  linkedinUrl: 'contact.details.linkedinUrl',
  why: 'contact.why.title',
  nextStep: 'contact.nextStep.title',
  cadence: 'contact.cadence.title',
};
const LIST_LABEL = {
  emails: 'contact.details.emails',
  phones: 'contact.details.phones',
  tags: 'contact.details.tags',
  otherLinks: 'contact.details.otherLinks',
};

const short = (text: string): string => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

export function MergeSummary({ preview, kept, dropped }: { preview: MergePreview; kept: Contact; dropped: Contact }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const line = (key: MergeFill): string => {
    if (key === 'connectedOn')
      return t('contact.details.connectedOn', { date: formatDay(dropped.connectedOn ?? '', i18n.language) });
    let value = '';
    if (key === 'nextStep') value = dropped.nextStep?.text ?? '';
    else if (key === 'cadence')
      value = dropped.cadence
        ? t('contact.merge.cadenceValue', { ideal: dropped.cadence.idealDays, max: dropped.cadence.maxDays })
        : '';
    else value = short(dropped[key]);
    return `${t(FIELD_LABEL[key])}: ${value}`;
  };
  if (mergeAddsNothing(preview))
    return <p className="contact-merge-nothing">{t('contact.merge.nothing', { name: kept.name })}</p>;
  const goals = preview.goalIds.map((id) => getGoal(doc, id)?.title ?? '').filter(Boolean);
  const circles = preview.circleIds.map((id) => getCircle(doc, id)?.name ?? '').filter(Boolean);
  return (
    <ul className="contact-merge-moves">
      {preview.fills.map((key) => (
        <li key={key}>{line(key)}</li>
      ))}
      {preview.stage && <li>{t('contact.merge.stage', { stage: t(`pipeline.stages.${preview.stage}`) })}</li>}
      {MERGE_LISTS.filter((key) => preview.added[key].length > 0).map((key) => (
        <li key={key}>{`${t(LIST_LABEL[key])}: ${preview.added[key].join(', ')}`}</li>
      ))}
      {preview.interactionIds.length > 0 && (
        <li>{t('contact.merge.interactions', { count: preview.interactionIds.length })}</li>
      )}
      {goals.length > 0 && <li>{t('contact.merge.goals', { names: goals.join(', ') })}</li>}
      {circles.length > 0 && <li>{t('contact.merge.circles', { names: circles.join(', ') })}</li>}
      {preview.notes && <li>{t('contact.merge.notes')}</li>}
      {preview.draft && <li>{t('contact.merge.draft')}</li>}
    </ul>
  );
}
