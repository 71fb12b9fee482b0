// The Electron security checklist, the settings main chose: every window's webPreferences, the privileged
// app:// scheme, the Content-Security-Policy on every page and the permission handlers — as main recorded
// them, so removing one of main's own settings fails this spec (see SECURITY.md).
import { test, expect } from '../fixtures/test';

test('every window is sandboxed and isolated, pages carry a strict CSP, and permissions are denied', async ({
  launch,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();

  const recorded = await app.recorded();
  expect(recorded.windows.length).toBeGreaterThan(0);
  for (const win of recorded.windows) {
    expect(win).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(win.preload).toMatch(/preload[\\/]index\.cjs$/);
  }
  expect(recorded.privilegedSchemes).toContainEqual({
    scheme: 'app',
    privileges: expect.objectContaining({ standard: true, secure: true }) as unknown,
  });
  expect(recorded.handledSchemes).toContain('app');

  const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("worker-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');

  expect(recorded.permissionRequestHandler).toBe(true);
  expect(recorded.permissionCheckHandler).toBe(true);
  for (const permission of ['geolocation', 'media', 'notifications', 'clipboard-read', 'openExternal']) {
    expect(await app.requestPermission(permission, page), permission).toBe(false);
  }
});
