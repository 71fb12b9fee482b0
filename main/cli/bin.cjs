#!/usr/bin/env node
// The `rapport` command. The CLI is built with the app (`npm run build` → out/main/cli.js); this shim
// only finds it and says what to do when it is missing.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', '..', 'out', 'main', 'cli.js');
if (!existsSync(built)) {
  console.error('rapport: the CLI is not built yet. Run `npm run build` in the Rapport folder first.');
  process.exit(2);
}
require(built)
  .main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
