// Chromium will not load custom schemes, so app://rapport/x is served to the page as
// http://rapport.localhost/x (a secure context with IndexedDB); these two functions map between them.

const PASS_THROUGH = new Set(['http', 'https', 'file', 'about', 'data', 'blob']);
const schemeOfHost = new Map<string, string>();
const handledSchemes: string[] = [];

export function noteHandledScheme(scheme: string): void {
  if (!handledSchemes.includes(scheme)) handledSchemes.push(scheme);
}

export function toPageUrl(url: string): string {
  const parsed = new URL(url);
  const scheme = parsed.protocol.slice(0, -1);
  if (PASS_THROUGH.has(scheme)) return url;
  const known = schemeOfHost.get(parsed.hostname);
  if (known !== undefined && known !== scheme) {
    throw new Error(`stand-in: host '${parsed.hostname}' is already served for scheme '${known}', not '${scheme}'`);
  }
  schemeOfHost.set(parsed.hostname, scheme);
  return `http://${parsed.hostname}.localhost${parsed.pathname}${parsed.search}${parsed.hash}`;
}

export function toAppUrl(pageUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(pageUrl);
  } catch {
    return pageUrl;
  }
  if (parsed.protocol !== 'http:' || !parsed.hostname.endsWith('.localhost')) return pageUrl;
  const host = parsed.hostname.slice(0, -'.localhost'.length);
  const scheme = schemeOfHost.get(host) ?? handledSchemes[0];
  if (scheme === undefined) return pageUrl;
  return `${scheme}://${host}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** Electron reports `app://rapport` as the origin of a standard scheme; Node's URL says 'null'. */
export function originOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)/i.exec(url);
  return match ? `${match[1]}//${match[2]}` : 'null';
}
