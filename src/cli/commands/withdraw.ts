import type { CommandSpec } from '../args.js';
import { print, printJson } from '../output.js';

export const withdraw: CommandSpec = {
  name: 'withdraw',
  summary: 'Withdraw a figure recorded in error: it leaves progress and lists, and stays readable with its history',
  usage: 'OBSERVATION_ID --reason TEXT [--version N] [--json]',
  positionals: ['OBSERVATION_ID'],
  options: {
    reason: { type: 'string', value: 'TEXT', description: 'why it is withdrawn (required; kept with the figure)' },
    version: { type: 'string', value: 'N', description: 'the version you read: if the figure has changed since, nothing is withdrawn (412)' },
    json: { type: 'boolean', description: 'print the withdrawn observation as JSON instead of a line' },
  },
  details: 'Needs a key with write scope in TRACKER_API_KEY. Sent once: a second withdrawal of the same figure is refused.',
  example: "tracker withdraw 000-port-throughput-2024-jan-oct --reason 'entered against the wrong target'",

  async run(args, client) {
    const observationId = args.positionals[0];
    const reason = args.required('reason');
    const version = args.string('version');
    if (version !== undefined && !/^[1-9]\d{0,8}$/.test(version)) throw args.usageError(`--version must be a version number (1, 2, …), not "${version}"`);
    const header = version === undefined ? {} : { 'If-Match': `"v${version}"` };
    const observation = await client.call(
      client.api.DELETE('/v1/observations/{observationId}', { params: { path: { observationId }, query: { reason }, header } }),
    );
    if (args.flag('json')) return printJson(observation);
    print(`withdrew ${observation.id}`);
  },
};
