// `npm test` checks the packaging without the Electron runtime (which cannot be downloaded here): the
// electron-builder configuration loads and passes electron-builder's own schema, has what every platform
// needs, references only files that exist, and `electron` is a devDependency (electron-builder refuses it
// in dependencies). The config is read by electron-builder's own loader (app-builder-lib, which
// electron-builder pins to its own version), so YAML and defaults are understood exactly as `npm run dist` does.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));

interface Config {
  appId?: string;
  productName?: string;
  icon?: string;
  directories?: { buildResources?: string; output?: string };
  files?: unknown;
  electronFuses?: Record<string, boolean>;
  fileAssociations?: Array<{ ext?: string; name?: string; mimeType?: string; role?: string }>;
  linux?: {
    target?: string[];
    category?: string;
    executableName?: string;
    maintainer?: string;
    extraFiles?: Array<{ from: string; to: string }>;
  };
  deb?: { afterInstall?: string; afterRemove?: string };
  mac?: {
    target?: string[];
    hardenedRuntime?: boolean;
    entitlements?: string;
    entitlementsInherit?: string;
    notarize?: boolean;
  };
  win?: { target?: string | string[] };
  nsis?: { oneClick?: boolean; perMachine?: boolean; allowElevation?: boolean; deleteAppDataOnUninstall?: boolean };
}

const builder = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const loadConfig = (): Promise<Config> => builder.getConfig(ROOT, null, null);
const file = (path: string): string => join(ROOT, path);

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('loads and passes electron-builder’s schema', async () => {
    const config = await loadConfig();
    await expect(builder.validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and derives every icon from one 1024 px source in build/', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('se.rapport.journal');
    expect(config.productName).toBe('Rapport');
    expect(config.directories?.buildResources).toBe('build');
    expect(config.icon).toBe('build/icon.png');
    expect(pngSize(file('build/icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('keeps the fuses closed; runAsNode off', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates .rapport files with Rapport, with a MIME type for Linux', async () => {
    const association = (await loadConfig()).fileAssociations?.find((a) => a.ext === 'rapport');
    expect(association).toMatchObject({ name: 'Rapport journal', mimeType: 'application/x-rapport' });
  });

  it('builds an AppImage and a deb with a desktop category and the `rapport` CLI launcher', async () => {
    const { linux, deb } = await loadConfig();
    expect(linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(linux?.category).toBe('Office');
    expect(linux?.maintainer).toBeTruthy(); // fpm refuses a deb without one
    // The app's binary must not be called `rapport`: that name on the PATH is the CLI launcher.
    expect(linux?.executableName).toBe('rapport-journal');
    expect(linux?.extraFiles).toContainEqual({ from: 'build/linux/rapport', to: 'rapport' });
    expect(deb?.afterInstall).toBe('build/linux/after-install.sh');
    expect(deb?.afterRemove).toBe('build/linux/after-remove.sh');
  });

  it('builds a hardened, notarisable dmg and zip for macOS', async () => {
    const { mac } = await loadConfig();
    expect(mac?.target).toEqual(expect.arrayContaining(['dmg', 'zip']));
    expect(mac?.hardenedRuntime).toBe(true);
    expect(mac?.notarize).not.toBe(false);
    expect(mac?.entitlements).toBe('build/entitlements.mac.plist');
    expect(mac?.entitlementsInherit).toBe('build/entitlements.mac.plist');
  });

  it('builds a per-user NSIS installer for Windows that needs no administrator', async () => {
    const { win, nsis } = await loadConfig();
    expect([win?.target].flat()).toContain('nsis');
    expect(nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('references only files that exist', async () => {
    const config = await loadConfig();
    const referenced = [
      config.icon,
      config.mac?.entitlements,
      config.mac?.entitlementsInherit,
      config.deb?.afterInstall,
      config.deb?.afterRemove,
      ...(config.linux?.extraFiles ?? []).map((f) => f.from),
    ];
    expect(referenced.every((path) => typeof path === 'string')).toBe(true);
    for (const path of referenced as string[]) expect(existsSync(file(path)), path).toBe(true);
  });
});

describe('package.json', () => {
  it('has electron as a devDependency only', () => {
    expect(pkg.dependencies).not.toHaveProperty('electron');
    expect(pkg.devDependencies).toHaveProperty('electron');
  });

  it('starts the app from the built main bundle', () => {
    expect(pkg.main).toBe('out/main/index.js');
  });
});

describe('the deb scripts and the `rapport` launcher', () => {
  it('use only the macros electron-builder fills in, and link and unlink /usr/bin/rapport', () => {
    const install = readFileSync(file('build/linux/after-install.sh'), 'utf8');
    const remove = readFileSync(file('build/linux/after-remove.sh'), 'utf8');
    const macros = [...`${install}${remove}`.matchAll(/\$\{([a-zA-Z]+)\}/g)].map((m) => m[1]);
    expect(new Set(macros)).toEqual(new Set(['executable', 'sanitizedProductName']));
    expect(install).toContain("ln -sf '/opt/${sanitizedProductName}/rapport' '/usr/bin/rapport'");
    expect(remove).toContain("rm -f '/usr/bin/rapport'");
  });

  it.runIf(process.platform !== 'win32')('runs the app binary beside it with --cli and every argument', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-launcher-'));
    const app = join(dir, 'rapport-journal');
    writeFileSync(app, '#!/bin/sh\nprintf "%s|" "$@"\n');
    chmodSync(app, 0o755);
    const launcher = join(dir, 'rapport');
    writeFileSync(launcher, readFileSync(file('build/linux/rapport')));
    chmodSync(launcher, 0o755);
    const onPath = join(mkdtempSync(join(tmpdir(), 'rapport-bin-')), 'rapport');
    symlinkSync(launcher, onPath); // as /usr/bin/rapport → /opt/Rapport/rapport
    const run = spawnSync(onPath, ['export', 'md', 'my journal.md'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('--cli|export|md|my journal.md|');
  });
});
