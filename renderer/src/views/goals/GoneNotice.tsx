// Shown for a goal or circle id that is not in the journal (deleted for good, or a wrong link).
import { routeHref, type ListView, type Route } from '../../nav/route';
import './goals.css';

interface Props {
  title: string;
  body: string;
  back: ListView;
  backLabel: string;
}

export function GoneNotice({ title, body, back, backLabel }: Props) {
  return (
    <section className="view" aria-labelledby="gone-notice-title">
      <div className="panel empty-state entity-notice">
        <h2 id="gone-notice-title">{title}</h2>
        <p>{body}</p>
        <p className="gone-notice-back">
          <a href={routeHref({ view: back } as Route)}>{backLabel}</a>
        </p>
      </div>
    </section>
  );
}
