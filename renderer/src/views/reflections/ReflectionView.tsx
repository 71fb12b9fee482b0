// Placeholder until this screen is built.
export function ReflectionView({ id }: { id: string }) {
  return <section className="view">{id}</section>;
}
