// The Markdown export: a folder with one file per contact, goal, event, circle and reflection, YAML front
// matter for the fields, `[[Name]]` links between them (Obsidian-style), stable names and stable content.
import * as Y from 'yjs';
import { collection, type CollectionName } from '../schema/journal-doc';
import { entityToJson, fragmentText, type EntityJson, type JsonValue } from './entity-json';
import { uniqueFileBases } from './file-names';

export interface ExportFile {
  path: string; // relative, with forward slashes
  content: string;
}

const FOLDERS: Partial<Record<CollectionName, { folder: string; title: (e: Entity) => string; fallback: string }>> = {
  contacts: { folder: 'contacts', title: (e) => str(e.fields.name), fallback: 'Unnamed contact' },
  goals: { folder: 'goals', title: (e) => str(e.fields.title), fallback: 'Untitled goal' },
  events: {
    folder: 'events',
    title: (e) => [str(e.fields.date), str(e.fields.title)].filter(Boolean).join(' '),
    fallback: 'Untitled event',
  },
  circles: { folder: 'circles', title: (e) => str(e.fields.name), fallback: 'Unnamed circle' },
  reflections: {
    folder: 'reflections',
    title: (e) => [str(e.fields.date), str(e.fields.title)].filter(Boolean).join(' '),
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

interface Entity {
  id: string;
  map: Y.Map<unknown>;
  fields: EntityJson;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function yamlValue(value: JsonValue): string {
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
  const interactions = liveEntities(doc, 'interactions');
  const files: ExportFile[] = [];
  for (const [name, list] of entities) {
    const folder = FOLDERS[name]!.folder;
    for (const entity of list) {
      const base = names.get(name)!.get(entity.id)!;
      files.push({ path: `${folder}/${base}.md`, content: renderEntity(name, entity, base, link, interactions) });
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function renderEntity(
  name: CollectionName,
  entity: Entity,
  title: string,
  link: (target: CollectionName, id: string) => string | undefined,
  interactions: Entity[],
): string {
  const front: string[] = ['---', `type: ${yamlValue(name.replace(/s$/, ''))}`];
  const body: string[] = [`# ${title}`, ''];
  for (const [key, value] of Object.entries(entity.fields)) {
    if (RICH_FIELDS.includes(key) || value === null || value === '') continue;
    front.push(`${key}: ${yamlValue(value)}`);
  }
  front.push('---', '');
  for (const key of RICH_FIELDS) {
    const raw = entity.map.get(key);
    const text = raw instanceof Y.XmlFragment ? fragmentText(raw) : str(raw);
    if (text.trim() !== '') body.push(`## ${key[0]!.toUpperCase()}${key.slice(1)}`, '', text.trim(), '');
  }
  for (const [field, target] of Object.entries(LINK_FIELDS)) {
    const ids = entity.fields[field];
    if (!Array.isArray(ids)) continue;
    const links = ids
      .map((id) => (typeof id === 'string' ? link(target, id) : undefined))
      .filter((l): l is string => !!l);
    if (links.length > 0) body.push(`**${target[0]!.toUpperCase()}${target.slice(1)}:** ${links.join(', ')}`, '');
  }
  if (name === 'contacts') {
    const mine = interactions.filter(
      (i) => Array.isArray(i.fields.contactIds) && i.fields.contactIds.includes(entity.id),
    );
    if (mine.length > 0) {
      body.push('## Interactions', '');
      for (const i of [...mine].sort(
        (a, b) => str(b.fields.date).localeCompare(str(a.fields.date)) || a.id.localeCompare(b.id),
      )) {
        body.push(
          `- ${str(i.fields.date)} ${str(i.fields.kind)}: ${str(i.fields.summary).replace(/\s+/g, ' ').trim()}`,
        );
      }
      body.push('');
    }
  }
  return `${front.join('\n')}${body.join('\n').trimEnd()}\n`;
}
