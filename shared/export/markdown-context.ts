// What every page of the Markdown export may ask of the whole export (a link to another page, the
// interactions, the reflections written about something), and how a page writes one of its rich fields.
import * as Y from 'yjs';
import type { CollectionName } from '../schema/journal-doc';
import type { EntityJson } from './entity-json';
import { fragmentToMarkdown, textToMarkdown } from './rich-markdown';

export interface Entity {
  id: string;
  map: Y.Map<unknown>;
  fields: EntityJson;
}

export interface MarkdownContext {
  /** `[[File name]]` of another exported page, or undefined when it is not exported (trashed, unknown). */
  link(target: CollectionName, id: string): string | undefined;
  /** The interactions a contact took part in, in no particular order. */
  interactionsWith(contactId: string): Entity[];
  /** Links to the reflections that list `id` in `field`, oldest first. */
  reflectionsAbout(field: 'contactIds' | 'eventIds' | 'goalIds', id: string): string[];
}

/** A rich field as Markdown with its headings moved under the section's; a plain string escaped. */
export function richField(entity: Entity, key: string, headingOffset: number): string {
  const raw = entity.map.get(key);
  if (raw instanceof Y.XmlFragment) return fragmentToMarkdown(raw, { headingOffset });
  return typeof raw === 'string' ? textToMarkdown(raw) : '';
}
