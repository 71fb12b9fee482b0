// Placeholder until this screen is built.
export function ReflectionsView() {
  return <section className="view"></section>;
}
