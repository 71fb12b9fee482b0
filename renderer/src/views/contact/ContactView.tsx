// The contact page (#/contact/<id>): one person — who they are, why they matter to you, what you plan and
// what happened. A wrong, trashed or merged id gets a kind way back instead of an error.
import { useContactEntry } from './use-contact-entry';
import { ContactMissing } from './ContactMissing';
import { ContactPage } from './ContactPage';

export function ContactView({ id }: { id: string }) {
  const entry = useContactEntry(id);
  if (!entry) return <ContactMissing id={id} />;
  return <ContactPage id={id} entry={entry} />;
}
