// Entry of the `rapport` CLI (built to out/main/cli.js). Dispatches commands and turns every failure
// into a clear message and a documented exit code.
import { resolveDataDir } from '../app/data-dir';
import { defaultUserDataDir } from '../app/user-data';
import { parseArgs } from './args';
import { COMMAND_HELP, GENERAL_HELP } from './help';
import { CliError, EXIT, processIo, type CliIo, type ExitCode } from './output';
import { backupCommand, exportCommand, statsCommand, verifyCommand } from './commands-read';
import { importCommand } from './commands-import';
import { restoreCommand } from './commands-restore';
import { repairCommand } from './commands-repair';
import { serveCommand } from './commands-serve';
import { pairCommand } from './commands-pair';
import { syncCommand } from './commands-sync';
import { devicesCommand, unpairCommand } from './commands-devices';
import { relayCommand } from './commands-relay';

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ExitCode> {
  try {
    const args = parseArgs(argv);
    const command = args.command;
    if (command === undefined || command === 'help') {
      const topic = args.positional[0];
      io.out(topic && COMMAND_HELP[topic] ? COMMAND_HELP[topic] : GENERAL_HELP);
      return command === undefined && !args.help ? EXIT.usage : EXIT.ok;
    }
    if (!(command in COMMAND_HELP))
      throw new CliError(`Unknown command "${command}". See \`rapport help\`.`, EXIT.usage);
    if (args.help) {
      io.out(COMMAND_HELP[command] ?? GENERAL_HELP);
      return EXIT.ok;
    }
    const withDir = args.dataDir ? ['--data-dir', args.dataDir] : [];
    const { dir, explicit } = resolveDataDir(withDir, env, defaultUserDataDir());
    const folder = { dir, explicit };
    switch (command) {
      case 'stats':
        return await statsCommand(dir, args.flags.has('--json'), io);
      case 'verify':
        return await verifyCommand(dir, io);
      case 'backup':
        return await backupCommand(dir, io);
      case 'export':
        return await exportCommand(dir, args.positional[0], args.positional[1], io);
      case 'repair':
        return await repairCommand(dir, io);
      case 'restore':
        return await restoreCommand(dir, args.positional[0], io);
      case 'import':
        return await importCommand(dir, args.positional[0], args.positional[1], args.flags.has('--dry-run'), io);
      case 'serve':
        return await serveCommand(folder, { host: args.values.get('--host'), port: args.values.get('--port') }, io);
      case 'pair':
        return await pairCommand(
          folder,
          args.positional[0],
          args.values.get('--address') ?? args.positional[1],
          args.flags.has('--merge'),
          io,
        );
      case 'sync':
        return await syncCommand(folder, args.flags.has('--once'), io);
      case 'devices':
        return await devicesCommand(folder, io);
      case 'unpair':
        return await unpairCommand(folder, args.positional[0], io);
      case 'relay':
        return await relayCommand(folder, args.positional[0], args.positional[1], args.values.get('--room'), io);
      default:
        throw new CliError(`Unknown command "${command}". See \`rapport help\`.`, EXIT.usage);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`rapport: ${error.message}`);
      return error.code;
    }
    io.err(`rapport: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.badInput;
  }
}

/** Used by the `rapport` shim (main/cli/bin.cjs). */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), processIo);
}
