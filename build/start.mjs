// `npm start`: build, then run the desktop app. If the Electron runtime is missing it is fetched once
// (Electron ≥ 45 does this on first run); when that is impossible we say so plainly and point to `npm run web`.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { installedElectronBinary } from './electron-binary.mjs';

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

let binary = installedElectronBinary();
if (!binary) {
  try {
    binary = createRequire(import.meta.url)('electron'); // downloads the runtime on first use
  } catch {
    binary = undefined;
  }
}
if (!binary || typeof binary !== 'string') {
  console.error(
    [
      '',
      'Rapport could not start: the Electron runtime is not installed and could not be downloaded',
      '(Electron fetches it from the internet the first time the app runs).',
      '',
      'Connect to the internet and run `npm start` again, or try Rapport in your browser now:',
      '',
      '    npm run web',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
