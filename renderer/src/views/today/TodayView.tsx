// Placeholder until this screen is built.
export function TodayView() {
  return <section className="view"></section>;
}
