// Temporary: replaced by the screen's real implementation.
export function GoalView({ id }: { id: string }) {
  return <section className="view" data-id={id} />;
}
