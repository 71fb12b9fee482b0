// Live contacts in the neutral draft shape the vCard writer takes.
import * as Y from 'yjs';
import { contactsMap, readContact } from '../schema/contacts';
import type { ContactDraftLike } from '../import/contact-draft';
import { fragmentText } from './entity-json';

export function contactsForVCard(doc: Y.Doc): ContactDraftLike[] {
  const out: Array<ContactDraftLike & { createdAt: string; id: string }> = [];
  contactsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const c = readContact(id, map);
    if (c.deletedAt) return;
    const notes = map.get('notes');
    const links = map.get('otherLinks');
    out.push({
      id,
      createdAt: c.createdAt,
      name: c.name,
      company: c.company || undefined,
      role: c.role || undefined,
      location: c.location || undefined,
      emails: c.emails,
      phones: c.phones,
      linkedinUrl: c.linkedinUrl || undefined,
      links: Array.isArray(links) ? links.filter((l): l is string => typeof l === 'string') : [],
      connectedOn: c.connectedOn,
      notes: notes instanceof Y.XmlFragment ? fragmentText(notes) || undefined : undefined,
    });
  });
  return out
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map(({ id: _id, createdAt: _createdAt, ...draft }) => draft);
}
