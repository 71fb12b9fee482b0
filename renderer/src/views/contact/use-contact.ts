// One contact's fields, subscribed to that contact's own record only (STYLE habit 6): typing here
// re-renders this page, and edits to other people do not.
import { readContact, type Contact, type EntityMap } from '@shared/schema';
import { useYSnapshot } from '../../data/use-collection';

export function useContact(id: string, entry: EntityMap): Contact {
  return useYSnapshot(entry, () => readContact(id, entry));
}
