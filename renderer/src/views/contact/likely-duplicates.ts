// Which live contacts are probably the same person as this one, and why (the notice says which signal
// matched: the LinkedIn profile, or name and company).
import type * as Y from 'yjs';
import { findDuplicates, getContact, profileKey, type Contact } from '@shared/schema';

export interface LikelyDuplicate {
  contact: Contact;
  reason: 'profile' | 'person';
}

export function likelyDuplicates(doc: Y.Doc, contactId: string): LikelyDuplicate[] {
  const self = getContact(doc, contactId);
  if (!self || self.deletedAt) return [];
  const profile = profileKey(self.linkedinUrl);
  return findDuplicates(doc, { id: self.id, name: self.name, company: self.company, linkedinUrl: self.linkedinUrl })
    .map((id) => getContact(doc, id))
    .filter((other): other is Contact => other !== undefined)
    .map((other) => ({
      contact: other,
      reason: profile !== '' && profileKey(other.linkedinUrl) === profile ? 'profile' : 'person',
    }));
}
