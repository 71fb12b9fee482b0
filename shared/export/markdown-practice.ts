// Events and reflections as Markdown pages a person would write by hand: an event's plan (when, where, why,
// whom to meet, openers, energy, exit plan) and what happened after; a reflection's date, how it left me,
// what it is about, then its text with headings, lists and emphasis kept.
// From the index: the lint's Node-builtin rule mistakes '../schema/events' for node:events.
import { readEvent, readReflection, type CollectionName } from '../schema';
import { inlineMarkdown, textToMarkdown } from './rich-markdown';
import { richField, type Entity, type MarkdownContext } from './markdown-context';

const item = (label: string, value: string | undefined): string[] =>
  value === undefined || value === '' ? [] : [`- **${label}:** ${value}`];

const section = (heading: string, lines: string[]): string[] =>
  lines.length === 0 || lines.every((l) => l === '') ? [] : [`## ${heading}`, '', ...lines, ''];

function links(context: MarkdownContext, target: CollectionName, ids: readonly string[]): string | undefined {
  const found = byName(ids.map((id) => context.link(target, id)).filter((l): l is string => l !== undefined));
  return found.length > 0 ? found.join(', ') : undefined;
}

/** Links in name order (ids are random, so their order means nothing to a reader). */
const byName = (list: string[]): string[] => list.sort((a, b) => a.localeCompare(b));

const energy = (n: number | undefined): string | undefined => (n === undefined ? undefined : `${n} of 5`);

/** An http(s) link as an autolink; anything else as escaped text, never a live link. */
function webLink(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : inlineMarkdown(url);
}

export function renderEvent(entity: Entity, context: MarkdownContext): string {
  const e = readEvent(entity.id, entity.map);
  const meet = [
    ...byName(e.meetContactIds.map((id) => context.link('contacts', id)).filter((l): l is string => l !== undefined)),
    ...e.meetNames.map(inlineMarkdown),
  ];
  const met = byName(
    e.metContactIds.map((id) => {
      const line = context.interactionsWith(id).find((i) => i.fields.eventId === e.id)?.fields.summary;
      const name = context.link('contacts', id) ?? 'Someone no longer in the journal';
      // The summary falls back to the event's title, which says nothing new here.
      const said =
        typeof line === 'string' && line.trim() !== '' && line !== e.title ? ` — ${inlineMarkdown(line)}` : '';
      return `- ${name}${said}`;
    }),
  );
  const reflections = context.reflectionsAbout('eventIds', e.id);
  return [
    `# ${inlineMarkdown(e.title || 'Untitled event')}`,
    '',
    ...item('When', [e.date, e.time].filter(Boolean).join(' ')),
    ...item('Where', inlineMarkdown(e.place)),
    ...item('Link', e.link.trim() === '' ? undefined : webLink(e.link.trim())),
    ...item('Circle', e.circleId !== undefined ? context.link('circles', e.circleId) : undefined),
    ...item('Goals', links(context, 'goals', e.goalIds)),
    '',
    ...section('Why I am going', [textToMarkdown(e.purpose)]),
    ...section(
      'People I want to meet',
      meet.map((m) => `- ${m}`),
    ),
    ...section(
      'Openers',
      e.openers.filter((o) => o.trim() !== '').map((o, i) => `${i + 1}. ${inlineMarkdown(o)}`),
    ),
    ...section('Energy and exit plan', [
      ...item('Energy it will take', energy(e.energyPlanned)),
      ...item('Exit plan', inlineMarkdown(e.exitPlan)),
    ]),
    ...section(
      'Afterwards',
      e.recordedAt === undefined
        ? []
        : [...item('Energy it took', energy(e.energySpent)), ...(met.length > 0 ? ['', 'Who I met:', '', ...met] : [])],
    ),
    ...section('Notes', [richField(entity, 'notes', 2)]),
    ...section(
      'Reflections',
      reflections.map((l) => `- ${l}`),
    ),
  ].join('\n');
}

export function renderReflection(entity: Entity, context: MarkdownContext): string {
  const r = readReflection(entity.id, entity.map);
  const body = richField(entity, 'body', 1);
  return [
    `# ${inlineMarkdown(r.title || r.date || 'Reflection')}`,
    '',
    ...item('Date', r.date),
    ...item('Kind', r.kind === 'weekly-review' ? 'weekly review' : undefined),
    ...item('How it left me', energy(r.energy)),
    ...item('Mood', inlineMarkdown(r.mood)),
    ...item('Prompt', r.promptText === undefined ? undefined : inlineMarkdown(r.promptText)),
    ...item('People', links(context, 'contacts', r.contactIds)),
    ...item('Events', links(context, 'events', r.eventIds)),
    ...item('Goals', links(context, 'goals', r.goalIds)),
    ...item('Tags', r.tags.length > 0 ? r.tags.map(inlineMarkdown).join(', ') : undefined),
    '',
    ...(body === '' ? [] : [body, '']),
  ].join('\n');
}
