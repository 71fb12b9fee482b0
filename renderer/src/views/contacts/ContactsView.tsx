// Temporary: replaced by the virtualised contacts list.
import { PeoplePanel } from '../../components/PeoplePanel';

export function ContactsView() {
  return <PeoplePanel />;
}
