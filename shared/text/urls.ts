// The one answer to "is this an http(s) address?", shared by main (what may be opened in the browser), the
// IPC validators and the renderer's forms: any other scheme (file:, javascript:, app:) is refused everywhere.
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value.trim());
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
