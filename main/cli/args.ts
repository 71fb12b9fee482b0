// Parses `rapport [--data-dir DIR] <command> [args] [--flags]`. Small on purpose: the CLI has few options,
// and hand-parsing keeps every usage error's wording ours.
import { CliError, EXIT } from './output';

export interface ParsedArgs {
  dataDir: string | undefined;
  command: string | undefined;
  positional: string[];
  flags: Set<string>;
  help: boolean;
}

const VALUE_OPTIONS = new Set(['--data-dir']);
const KNOWN_FLAGS = new Set(['--json', '--dry-run', '--help', '-h']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { dataDir: undefined, command: undefined, positional: [], flags: new Set(), help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s) as [string, string | undefined])
      : [arg, undefined];
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[(i += 1)];
      if (!value) throw new CliError(`${name} needs a folder, e.g. ${name} ~/Journal`, EXIT.usage);
      parsed.dataDir = value;
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
