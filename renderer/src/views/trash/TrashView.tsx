// Temporary: replaced by the screen's real implementation.
export function TrashView() {
  return <section className="view" />;
}
