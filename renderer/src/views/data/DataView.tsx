// Temporary: replaced by the screen's real implementation.
export function DataView() {
  return <section className="view" />;
}
