// Temporary: replaced by the screen's real implementation.
export function GoalsView() {
  return <section className="view" />;
}
