// Parses `rapport [--data-dir DIR] <command> [args] [--flags]`. Small on purpose: the CLI has few options,
// and hand-parsing keeps every usage error's wording ours.
import { CliError, EXIT } from './output';

export interface ParsedArgs {
  dataDir: string | undefined;
  command: string | undefined;
  positional: string[];
  flags: Set<string>;
  help: boolean;
  /** Options with a value other than --data-dir: --host, --port, --address, --room. */
  values: Map<string, string>;
}

const VALUE_OPTIONS: Record<string, string> = {
  '--data-dir': 'a folder, e.g. --data-dir ~/Journal',
  '--host': 'an address to listen on, e.g. --host 0.0.0.0',
  '--port': 'a port, e.g. --port 47631',
  '--address': 'host:port, e.g. --address 192.168.1.20:47631',
  '--room': 'a room name, e.g. --room family-journal',
};
const KNOWN_FLAGS = new Set(['--json', '--dry-run', '--help', '-h', '--once', '--merge']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = {
    dataDir: undefined,
    command: undefined,
    positional: [],
    flags: new Set(),
    help: false,
    values: new Map(),
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s) as [string, string | undefined])
      : [arg, undefined];
    const needs = VALUE_OPTIONS[name];
    if (needs) {
      const value = inline ?? argv[(i += 1)];
      if (!value) throw new CliError(`${name} needs ${needs}`, EXIT.usage);
      if (name === '--data-dir') parsed.dataDir = value;
      else parsed.values.set(name, value);
    } else if (name === '--help' || name === '-h') {
      parsed.help = true;
    } else if (KNOWN_FLAGS.has(name)) {
      parsed.flags.add(name);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`Unknown option ${arg}. See \`rapport help\`.`, EXIT.usage);
    } else if (parsed.command === undefined) {
      parsed.command = arg;
    } else {
      parsed.positional.push(arg);
    }
  }
  return parsed;
}
