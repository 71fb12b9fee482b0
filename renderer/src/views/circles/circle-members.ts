// Who is in a circle, as the UI shows it: live contacts only (a trashed person keeps the link, so a restore
// brings it back), and either side naming the link counts, so a link half-written by an older replica shows.
import type { Circle, Contact } from '@shared/schema';

export function circleMembers(circle: Circle, contacts: readonly Contact[]): Contact[] {
  const named = new Set(circle.memberIds);
  return contacts.filter((c) => !c.deletedAt && (named.has(c.id) || c.circleIds.includes(circle.id)));
}
