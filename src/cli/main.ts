import { commandHelp, parseCommandLine, type CommandSpec } from './args.js';
import { addFigure } from './commands/add-figure.js';
import { plans, sources } from './commands/catalogue.js';
import { exportFigures } from './commands/export.js';
import { importFile } from './commands/import.js';
import { keysCreate, keysList, keysRevoke } from './commands/keys.js';
import { progress } from './commands/progress.js';
import { targets } from './commands/targets.js';
import { withdraw } from './commands/withdraw.js';
import { CliError, EXIT, UsageError } from './errors.js';
import { Client, DEFAULT_TIMEOUT_SECONDS, DEFAULT_URL, secondsFrom } from './http.js';
import { note, print } from './output.js';
import { VERSION } from './version.js';

export const COMMANDS: CommandSpec[] = [plans, targets, progress, sources, addFigure, importFile, exportFigures, withdraw, keysCreate, keysList, keysRevoke];

const HELP_FLAGS = new Set(['--help', '-h']);

function commandList(commands: CommandSpec[]): string[] {
  const width = Math.max(...commands.map((command) => command.name.length));
  return commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
}

function mainHelp(): string {
  return [
    'tracker: the command line of the policy target tracker; it talks to a running service over HTTP.',
    '',
    'Usage: tracker <command> [options] [--timeout SECONDS]',
    '       tracker --version',
    '',
    'Commands:',
    ...commandList(COMMANDS),
    '',
    'Run "tracker <command> --help" (or "tracker help <command>") for its options and an example.',
    '',
    'Environment:',
    `  TRACKER_URL      the service (default ${DEFAULT_URL})`,
    '  TRACKER_API_KEY  the key sent as "Authorization: Bearer <key>"; reads work without one (unless the',
    '                   service is started with READ_ACCESS=key), writes need write scope, keys need admin',
    `  TRACKER_TIMEOUT  seconds to wait for an answer to begin, then for each piece of it (default ${DEFAULT_TIMEOUT_SECONDS}; import 600);`,
    '                   --timeout SECONDS, anywhere on the line, overrides it',
    '',
    'Exit codes:',
    `  ${EXIT.ok}  success`,
    `  ${EXIT.refused}  the service refused the request (4xx): its detail and field errors are on stderr`,
    `  ${EXIT.usage}  usage error (bad or missing arguments): the reason is on stderr`,
    `  ${EXIT.unavailable}  the service could not be reached, or answered with a server error (5xx)`,
    `  ${EXIT.bug} a bug in tracker itself, reported with a stack trace`,
    '',
    'Only results go to stdout; messages, progress and errors go to stderr.',
  ].join('\n');
}

/** `keys` alone: the commands under it. */
function groupHelp(group: string, commands: CommandSpec[]): string {
  return [
    `Usage: tracker ${group} <${commands.map((c) => c.name.split(' ')[1]).join('|')}> [options]`,
    '',
    ...commandList(commands),
    '',
    `Run "tracker ${group} <command> --help" for its options and an example.`,
  ].join('\n');
}

type Found = { command: CommandSpec; rest: string[] } | { group: string; commands: CommandSpec[]; rest: string[] };

/** The command the first words name: one word (`import`) or two (`keys create`). */
function find(words: string[]): Found {
  const [first, second] = words;
  const two = COMMANDS.find((command) => command.name === `${first} ${second}`);
  if (two) return { command: two, rest: words.slice(2) };
  const one = COMMANDS.find((command) => command.name === first);
  if (one) return { command: one, rest: words.slice(1) };
  const group = COMMANDS.filter((command) => command.name.startsWith(`${first} `));
  if (group.length) return { group: first, commands: group, rest: words.slice(1) };
  throw new UsageError(`unknown command "${first}"`);
}

/** `--timeout N` (or `--timeout=N`) is taken anywhere on the line, before or after the command. */
function takeTimeout(argv: string[]): { words: string[]; timeoutSeconds?: number } {
  const words: string[] = [];
  let given: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--timeout') given = argv[++i] ?? '';
    else if (argv[i].startsWith('--timeout=')) given = argv[i].slice('--timeout='.length);
    else words.push(argv[i]);
  }
  return { words, timeoutSeconds: secondsFrom(given, '--timeout') };
}

async function dispatch(argv: string[]): Promise<void> {
  const { words, timeoutSeconds } = takeTimeout(argv);
  const [first, ...rest] = words;
  if (first === undefined) throw new UsageError('no command given');
  if (first === '--version' || first === '-V') return print(VERSION);
  if (HELP_FLAGS.has(first)) return print(mainHelp());
  if (first === 'help') {
    if (!rest.length) return print(mainHelp());
    const found = find(rest);
    if ('group' in found) return print(groupHelp(found.group, found.commands));
    return print(commandHelp(found.command));
  }
  const found = find(words);
  if ('group' in found) {
    if (found.rest.length && HELP_FLAGS.has(found.rest[0])) return print(groupHelp(found.group, found.commands));
    const what = found.rest[0] === undefined ? 'needs a command' : `has no command "${found.rest[0]}"`;
    throw new UsageError(`"${found.group}" ${what}: ${found.commands.map((c) => c.name).join(', ')}`, found.group);
  }
  const args = parseCommandLine(found.command, found.rest);
  if (args === 'help') return print(commandHelp(found.command));
  const timeout = timeoutSeconds ?? secondsFrom(process.env.TRACKER_TIMEOUT, 'TRACKER_TIMEOUT') ?? found.command.timeoutSeconds;
  await found.command.run(args, Client.fromEnv(process.env, timeout));
}

/** Runs one command line and answers its exit code; never throws for anything a user can cause. */
export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (`tracker targets | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  try {
    await dispatch(argv);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof CliError)) {
      note(`tracker: internal error, please report it:\n${(error as Error).stack ?? error}`);
      return EXIT.bug;
    }
    note(`tracker: ${error.message}`);
    for (const line of error.lines) note(`  ${line}`);
    if (error instanceof UsageError) note(`Run "tracker ${error.command ? `${error.command} ` : ''}--help" for usage.`);
    return error.exitCode;
  }
}
