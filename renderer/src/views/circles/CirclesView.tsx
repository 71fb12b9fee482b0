// Temporary: replaced by the screen's real implementation.
export function CirclesView() {
  return <section className="view" />;
}
