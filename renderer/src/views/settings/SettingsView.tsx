// Temporary: replaced by the screen's real implementation.
export function SettingsView() {
  return <section className="view" />;
}
