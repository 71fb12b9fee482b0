// Temporary: replaced by the screen's real implementation.
export function ContactView({ id }: { id: string }) {
  return <section className="view" data-id={id} />;
}
