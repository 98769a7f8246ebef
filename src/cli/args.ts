import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import type { Client } from './http.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** What the value looks like in the help: ID, FILE, 2024-01-01. */
  value?: string;
  description: string;
  /** The only values accepted; anything else is a usage error before any request is made. */
  choices?: readonly string[];
}

export interface CommandSpec {
  /** As typed after `tracker`: `import`, `keys create`. */
  name: string;
  summary: string;
  /** The synopsis after the name, e.g. `FILE [--dry-run]`. */
  usage: string;
  /** Names of the required positional arguments, in order. */
  positionals?: string[];
  options: Record<string, OptionSpec>;
  /** Further paragraphs of help, after the options. */
  details?: string;
  example: string;
  /** How long each wait for the service may last by default, when neither --timeout nor TRACKER_TIMEOUT says (default 30 s). */
  timeoutSeconds?: number;
  run(args: Args, client: Client): Promise<void>;
}

/** The parsed command line of one command, with accessors that keep the commands free of casts. */
export class Args {
  constructor(
    readonly command: string,
    private readonly values: Record<string, string | boolean | undefined>,
    readonly positionals: string[],
  ) {}

  string(name: string): string | undefined {
    const value = this.values[name];
    return typeof value === 'string' ? value : undefined;
  }

  required(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw this.usageError(`--${name} is required`);
    return value;
  }

  flag(name: string): boolean {
    return this.values[name] === true;
  }

  usageError(message: string): UsageError {
    return new UsageError(message, this.command);
  }
}

/** Parses `argv` for `spec`; `help` when --help is asked for, whatever else is on the line. */
export function parseCommandLine(spec: CommandSpec, argv: string[]): Args | 'help' {
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, option]) => [name, { type: option.type }]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    // node:util reports unknown options and missing values as ERR_PARSE_ARGS_*; its hint about `--` is noise here.
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(message, spec.name);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return 'help';

  const args = new Args(spec.name, values, parsed.positionals);
  const wanted = spec.positionals ?? [];
  if (parsed.positionals.length < wanted.length) throw args.usageError(`missing ${wanted[parsed.positionals.length]}`);
  if (parsed.positionals.length > wanted.length) throw args.usageError(`unexpected argument "${parsed.positionals[wanted.length]}"`);
  for (const [name, option] of Object.entries(spec.options)) {
    const value = args.string(name);
    if (option.choices && value !== undefined && !option.choices.includes(value)) {
      throw args.usageError(`--${name} must be one of ${option.choices.join(', ')}, not "${value}"`);
    }
  }
  return args;
}

export function commandHelp(spec: CommandSpec): string {
  const flags = [
    ...Object.entries(spec.options).map(([name, option]) => {
      const value = option.value ?? option.choices?.join('|');
      return [`--${name}${value ? ` ${value}` : ''}`, option.description];
    }),
    ['-h, --help', 'show this help'],
  ];
  const width = Math.max(...flags.map(([flag]) => flag.length));
  return [
    `Usage: tracker ${spec.name} ${spec.usage}`,
    '',
    `${spec.summary}.`,
    '',
    'Options:',
    ...flags.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`),
    ...(spec.details ? ['', spec.details] : []),
    '',
    'Example:',
    `  ${spec.example}`,
    '',
    'Environment and exit codes: tracker --help',
  ].join('\n');
}
