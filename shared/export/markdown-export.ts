// The Markdown export: a folder with one file per contact, goal, event, circle and reflection, YAML front
// matter for the fields, `[[Name]]` links between them (Obsidian-style), stable names and stable content.
// Rich text keeps its structure (rich-markdown.ts); events and reflections read as pages (markdown-practice.ts).
import * as Y from 'yjs';
import { collection, type CollectionName } from '../schema/journal-doc';
import { plainText } from '../schema/rich-text';
import { entityToJson, type JsonValue } from './entity-json';
import { uniqueFileBases } from './file-names';
import { inlineMarkdown } from './rich-markdown';
import { renderEvent, renderReflection } from './markdown-practice';
import { richField, type Entity, type MarkdownContext } from './markdown-context';

export type { Entity };

export interface ExportFile {
  path: string; // relative, with forward slashes
  content: string;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const dated = (e: Entity, title: string): string => [str(e.fields.date), title].filter(Boolean).join(' ');

/** An untitled reflection is named by its first line of text, or by its date alone. */
function firstLine(e: Entity): string {
  const body = e.map.get('body');
  const line =
    body instanceof Y.XmlFragment
      ? plainText(body)
          .split('\n')
          .find((l) => l.trim() !== '')
      : undefined;
  return (line ?? '').trim().slice(0, 60);
}

const FOLDERS: Partial<Record<CollectionName, { folder: string; title: (e: Entity) => string; fallback: string }>> = {
  contacts: { folder: 'contacts', title: (e) => str(e.fields.name), fallback: 'Unnamed contact' },
  goals: { folder: 'goals', title: (e) => str(e.fields.title), fallback: 'Untitled goal' },
  events: { folder: 'events', title: (e) => dated(e, str(e.fields.title)), fallback: 'Untitled event' },
  circles: { folder: 'circles', title: (e) => str(e.fields.name), fallback: 'Unnamed circle' },
  reflections: {
    folder: 'reflections',
    title: (e) => dated(e, str(e.fields.title).trim() || firstLine(e)),
    fallback: 'Reflection',
  },
};
const RICH_FIELDS = ['why', 'notes', 'strategy', 'draft', 'body', 'summary'];
const LINK_FIELDS: Record<string, CollectionName> = {
  contactIds: 'contacts',
  goalIds: 'goals',
  circleIds: 'circles',
  eventIds: 'events',
  memberIds: 'contacts',
};

export function yamlValue(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') return JSON.stringify(JSON.stringify(value));
  return JSON.stringify(value); // JSON strings, numbers, booleans and null are valid YAML scalars
}

function liveEntities(doc: Y.Doc, name: CollectionName): Entity[] {
  const list: Entity[] = [];
  collection(doc, name).forEach((map, id) => {
    if (map instanceof Y.Map && typeof map.get('deletedAt') !== 'string')
      list.push({ id, map, fields: entityToJson(id, map) });
  });
  return list.sort(
    (a, b) => str(a.fields.createdAt).localeCompare(str(b.fields.createdAt)) || a.id.localeCompare(b.id),
  );
}

export function exportMarkdown(doc: Y.Doc): ExportFile[] {
  const names = new Map<CollectionName, Map<string, string>>();
  const entities = new Map<CollectionName, Entity[]>();
  for (const [name, spec] of Object.entries(FOLDERS) as Array<
    [CollectionName, NonNullable<(typeof FOLDERS)[CollectionName]>]
  >) {
    const list = liveEntities(doc, name);
    entities.set(name, list);
    names.set(
      name,
      uniqueFileBases(
        list.map((e) => ({ id: e.id, title: spec.title(e) })),
        spec.fallback,
      ),
    );
  }
  const link = (target: CollectionName, id: string): string | undefined => {
    const base = names.get(target)?.get(id);
    return base ? `[[${base}]]` : undefined;
  };
  // Who each reflection is about, indexed once: a page asks by id, and there may be 10,000 pages.
  const about = new Map<string, string[]>();
  for (const r of entities.get('reflections') ?? []) {
    for (const field of ['contactIds', 'eventIds', 'goalIds'] as const) {
      const ids = r.fields[field];
      if (!Array.isArray(ids)) continue;
      for (const id of ids)
        about.set(`${field}:${String(id)}`, [
          ...(about.get(`${field}:${String(id)}`) ?? []),
          link('reflections', r.id)!,
        ]);
    }
  }
  const withContact = new Map<string, Entity[]>();
  for (const i of liveEntities(doc, 'interactions')) {
    const ids = Array.isArray(i.fields.contactIds) ? i.fields.contactIds : [];
    for (const id of ids) if (typeof id === 'string') withContact.set(id, [...(withContact.get(id) ?? []), i]);
  }
  const context: MarkdownContext = {
    link,
    interactionsWith: (contactId) => withContact.get(contactId) ?? [],
    reflectionsAbout: (field, id) => about.get(`${field}:${id}`) ?? [],
  };
  const files: ExportFile[] = [];
  for (const [name, list] of entities) {
    const folder = FOLDERS[name]!.folder;
    for (const entity of list) {
      const base = names.get(name)!.get(entity.id)!;
      const body =
        name === 'events'
          ? renderEvent(entity, context)
          : name === 'reflections'
            ? renderReflection(entity, context)
            : renderEntity(name, entity, base, context);
      files.push({ path: `${folder}/${base}.md`, content: `${frontMatter(name, entity)}${body.trimEnd()}\n` });
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function frontMatter(name: CollectionName, entity: Entity): string {
  const front: string[] = ['---', `type: ${yamlValue(name.replace(/s$/, ''))}`];
  for (const [key, value] of Object.entries(entity.fields)) {
    if (RICH_FIELDS.includes(key) || value === null || value === '') continue;
    front.push(`${key}: ${yamlValue(value)}`);
  }
  front.push('---', '');
  return `${front.join('\n')}\n`;
}

function renderEntity(name: CollectionName, entity: Entity, title: string, context: MarkdownContext): string {
  const body: string[] = [`# ${inlineMarkdown(title)}`, ''];
  for (const key of RICH_FIELDS) {
    const text = richField(entity, key, 2);
    if (text !== '') body.push(`## ${key[0]!.toUpperCase()}${key.slice(1)}`, '', text, '');
  }
  for (const [field, target] of Object.entries(LINK_FIELDS)) {
    const ids = entity.fields[field];
    if (!Array.isArray(ids)) continue;
    const links = ids
      .map((id) => (typeof id === 'string' ? context.link(target, id) : undefined))
      .filter((l): l is string => !!l)
      .sort((a, b) => a.localeCompare(b));
    if (links.length > 0) body.push(`**${target[0]!.toUpperCase()}${target.slice(1)}:** ${links.join(', ')}`, '');
  }
  if (name === 'contacts') body.push(...interactionLines(entity.id, context));
  if (name === 'contacts' || name === 'goals') {
    const about = context.reflectionsAbout(name === 'contacts' ? 'contactIds' : 'goalIds', entity.id);
    if (about.length > 0) body.push('## Reflections', '', ...about.map((l) => `- ${l}`), '');
  }
  return body.join('\n');
}

function interactionLines(contactId: string, context: MarkdownContext): string[] {
  const mine = [...context.interactionsWith(contactId)].sort(
    (a, b) => str(b.fields.date).localeCompare(str(a.fields.date)) || a.id.localeCompare(b.id),
  );
  if (mine.length === 0) return [];
  const lines = mine.map((i) => {
    const at = typeof i.fields.eventId === 'string' ? context.link('events', i.fields.eventId) : undefined;
    const summary = inlineMarkdown(str(i.fields.summary));
    return `- ${str(i.fields.date)} ${str(i.fields.kind)}${summary ? `: ${summary}` : ''}${at ? ` (${at})` : ''}`;
  });
  return ['## Interactions', '', ...lines, ''];
}
