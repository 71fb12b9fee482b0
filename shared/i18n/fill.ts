// Fills {{name}} placeholders the way i18next does, for the few places that need a catalogue's English
// without an i18next instance (the CLI's import report stays English and reads the same templates).
export type Params = Readonly<Record<string, string | number>>;

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
