// Placeholder until this screen is built.
export function ReviewView() {
  return <section className="view"></section>;
}
