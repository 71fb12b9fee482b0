// User story: with Rapport installed (no Node, the runAsNode fuse off) I can still use the CLI —
// `Rapport --cli stats` — on the journal the app writes, without a window opening.
import { test, expect } from '../fixtures/test';
import { runMain } from '../fixtures/run-main';
import { journal } from '../support/journal-ui';

test('`Rapport --cli stats` reads the journal the app wrote, and opens no window', async ({ launch, dataDir }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Maja Lind', company: 'Nordljus' });
  await app.close();

  const run = await runMain(dataDir, ['--cli', 'stats', '--json']);
  expect(run.stderr).not.toContain('Error');
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '')).toMatchObject({ contacts: 1 });
  if (run.mainCalls) {
    // The stand-in hears every call main makes into Chromium: it loaded, and it created no window.
    expect(run.mainCalls).toContain('mainLoaded');
    expect(run.mainCalls).not.toContain('windowCreate');
  }
});

test('`Rapport --cli` with an unknown command says so and exits with the usage code', async ({ dataDir }) => {
  const run = await runMain(dataDir, ['--cli', 'frobnicate']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Unknown command "frobnicate"');
});
