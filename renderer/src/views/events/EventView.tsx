// Placeholder until this screen is built.
export function EventView({ id }: { id: string }) {
  return <section className="view">{id}</section>;
}
