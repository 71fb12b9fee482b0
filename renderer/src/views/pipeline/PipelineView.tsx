// Temporary: replaced by the screen's real implementation.
export function PipelineView() {
  return <section className="view" />;
}
