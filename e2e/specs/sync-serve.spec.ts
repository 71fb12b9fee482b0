// User story: I keep an always-on `rapport serve` on a home server. In Settings → Devices I choose Join with a
// code and type the code and address it printed; my empty journal takes the server's. A contact I add in the
// app reaches the served folder, and one added on the server side (serve stopped, a vCard imported with the
// CLI, serve started again) reaches the app. Loopback only: the stand-in lets main reach 127.0.0.1 alone.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

const bin = join(__dirname, '..', '..', 'main', 'cli', 'bin.cjs');
const env = { ...process.env, RAPPORT_DATA_DIR: '' };

/** `rapport serve` in `dir` on loopback; resolves once it printed its address and code. */
async function serve(dir: string, port = 0): Promise<{ child: ChildProcessWithoutNullStreams; out: () => string }> {
  const child = spawn(
    process.execPath,
    [bin, '--data-dir', dir, 'serve', '--host', '127.0.0.1', '--port', String(port)],
    {
      env,
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  await expect.poll(() => out, { timeout: 15_000 }).toMatch(/^Pairing code: \S+$/m);
  return { child, out: () => out };
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('close', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/** The served folder's contacts as the CLI reads them from disk (reads need no lock). */
async function servedNames(dir: string, scratch: string): Promise<string[]> {
  const file = join(scratch, `export-${Date.now()}.json`);
  const result = spawnSync(process.execPath, [bin, '--data-dir', dir, 'export', 'json', file], {
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) return [];
  const exported = JSON.parse(await readFile(file, 'utf8')) as { contacts: { name: string }[] };
  return exported.contacts.map((c) => c.name);
}

test('the app joins a headless rapport serve with its code; contacts made on either side reach the other', async ({
  launch,
}) => {
  const scratch = await mkdtemp(join(tmpdir(), 'rapport-serve-e2e-'));
  const served = join(scratch, 'home-server');
  let server = await serve(served);
  try {
    const code = /^Pairing code: (\S+)$/m.exec(server.out())![1]!;
    const address = /^Listening on (\S+)$/m.exec(server.out())![1]!;

    const app = await launch({ env: { RAPPORT_SYNC_BIND: '127.0.0.1', RAPPORT_STANDIN_LOOPBACK: '1' } });
    const page = await app.firstWindow();
    await journal.goTo(page, 'Settings');
    const devices = page.getByRole('region', { name: 'Devices' });
    await devices.getByRole('button', { name: 'Join with a code' }).click();
    await devices.getByRole('textbox', { name: 'Pairing code' }).fill(code);
    await devices.getByLabel('Address (host:port)').fill(address);
    await devices.getByRole('button', { name: 'Pair' }).click();
    const serverName = /as "(.+)"\.$/m.exec(server.out())![1]!;
    await expect(
      devices.getByText(`This computer’s journal is empty; it will take the journal from ${serverName}.`),
    ).toBeVisible();
    await devices.getByRole('button', { name: 'Confirm' }).click();
    const list = devices.getByRole('list', { name: 'Paired devices' });
    await expect(list.getByRole('listitem').filter({ hasText: serverName })).toContainText('Up to date', {
      timeout: 15_000,
    });
    await expect.poll(() => server.out()).toMatch(/^Paired with .+\.$/m);

    await journal.addContact(page, { name: 'Ingrid Made-In-App', company: 'Lantern AB' });
    await expect.poll(() => servedNames(served, scratch), { timeout: 15_000 }).toContain('Ingrid Made-In-App');

    // On the server: stop serve, import a vCard with the CLI (a writer, so serve must be stopped), serve again.
    expect(await stop(server.child)).toBe(0);
    const card = join(scratch, 'card.vcf');
    await writeFile(card, 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Olle Server-Side\r\nORG:Harbour Ltd\r\nEND:VCARD\r\n');
    const imported = spawnSync(process.execPath, [bin, '--data-dir', served, 'import', 'vcard', card], {
      env,
      encoding: 'utf8',
    });
    expect(imported.status).toBe(0);
    server = await serve(served, Number(address.split(':')[1]));
    await journal.showPeople(page);
    await expect(journal.person(page, 'Olle Server-Side')).toBeVisible({ timeout: 30_000 });
    await expect(journal.person(page, 'Ingrid Made-In-App')).toBeVisible();
    // Main reached the server on loopback and nowhere else.
    const recorded = await app.recorded();
    expect(recorded.loopbackRequests).toContain(`tcp://${address}`);
    expect(recorded.offOriginRequests.filter((r) => r.source === 'main')).toEqual([]);
  } finally {
    await stop(server.child);
    await rm(scratch, { recursive: true, force: true });
  }
});
