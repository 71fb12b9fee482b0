// Placeholder until this screen is built.
export function EventsView() {
  return <section className="view"></section>;
}
