import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppProtocolHandler, resolveAppPath } from './app-protocol';

const root = mkdtempSync(join(tmpdir(), 'rapport-proto-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<h1>hi</h1>');
writeFileSync(join(root, 'assets', 'a.js'), 'x');
writeFileSync(join(root, '..', 'secret-rapport-test.txt'), 'secret');

describe('app:// protocol', () => {
  it('maps app://rapport paths inside the root', () => {
    expect(resolveAppPath(root, 'app://rapport/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://rapport/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://rapport/assets/a.js?x=1#y')).toBe(join(root, 'assets', 'a.js'));
  });

  it.each([
    'app://rapport/../secret-rapport-test.txt',
    'app://rapport/%2e%2e/secret-rapport-test.txt',
    'app://rapport/assets/..%2f..%2fsecret-rapport-test.txt',
    'app://rapport/%00index.html',
    'app://evil/index.html',
    'file:///etc/passwd',
    'app://rapport/%E0%A4%A',
  ])('never resolves %s outside the root', (url) => {
    const resolved = resolveAppPath(root, url);
    if (resolved !== undefined) expect(resolved.startsWith(join(root, '/'))).toBe(true);
    expect(resolved).not.toBe(join(root, '..', 'secret-rapport-test.txt'));
  });

  it('refuses other hosts, schemes and undecodable paths outright', () => {
    for (const url of [
      'app://evil/index.html',
      'file:///etc/passwd',
      'app://rapport/%E0%A4%A',
      'app://rapport/a%00b',
    ]) {
      expect(resolveAppPath(root, url)).toBeUndefined();
    }
  });

  it('serves files with a strict CSP and 404s everything else', async () => {
    const handle = createAppProtocolHandler(root);
    const ok = await handle(new Request('app://rapport/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/html');
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(ok.headers.get('content-security-policy')).toContain("worker-src 'self'");
    expect(await ok.text()).toBe('<h1>hi</h1>');
    expect((await handle(new Request('app://rapport/%2e%2e/secret-rapport-test.txt'))).status).toBe(404);
    expect((await handle(new Request('app://rapport/missing.js'))).status).toBe(404);
  });
});
