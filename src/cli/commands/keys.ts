import type { Schemas } from '../../client/index.js';
import type { CommandSpec } from '../args.js';
import { note, print, printJson } from '../output.js';
import { NONE, renderTable } from '../table.js';

// Spelled out rather than imported so that the CLI does not load the service's schemas (and zod) at
// start-up; the Record type makes the type check fail if the service ever adds a scope.
const SCOPES: Record<Schemas['ApiKey']['scope'], string> = {
  read: 'reads only',
  write: 'reads and data writes',
  admin: 'everything, keys and the audit log too',
};

const ADMIN_ONLY = 'Needs an admin key in TRACKER_API_KEY (such as the TRACKER_ADMIN_KEY the service was started with).';

export const keysCreate: CommandSpec = {
  name: 'keys create',
  summary: 'Create an API key and print its secret, which the service never shows again',
  usage: '--name NAME --scope read|write|admin',
  options: {
    name: { type: 'string', value: 'NAME', description: 'who or what will use it; recorded with every write it makes' },
    scope: {
      type: 'string',
      choices: Object.keys(SCOPES),
      description: Object.entries(SCOPES).map(([scope, meaning]) => `${scope}: ${meaning}`).join('; '),
    },
  },
  details: `The secret alone goes to stdout, so that a script can capture it: KEY=$(tracker keys create …).\n${ADMIN_ONLY}`,
  example: 'tracker keys create --name newsroom-bot --scope write',

  async run(args, client) {
    const name = args.required('name');
    const scope = args.required('scope');
    // No Idempotency-Key: the service would keep the answer, secret included, to replay it.
    const key = await client.call(client.api.POST('/v1/keys', { body: { name, scope: scope as keyof typeof SCOPES } }));
    print(key.secret);
    note(`Created key ${key.id} "${key.name}" with scope ${key.scope}. Its secret (above) is not shown again: keep it now.`);
  },
};

export const keysList: CommandSpec = {
  name: 'keys list',
  summary: 'List API keys (never their secrets)',
  usage: '[--all] [--json]',
  options: {
    all: { type: 'boolean', description: 'include revoked keys' },
    json: { type: 'boolean', description: 'print the keys as a JSON array instead of a table' },
  },
  details: ADMIN_ONLY,
  example: 'tracker keys list --all',

  async run(args, client) {
    const includeRevoked = args.flag('all');
    const keys = await client.all((cursor) => client.call(client.api.GET('/v1/keys', { params: { query: { includeRevoked, cursor, limit: 500 } } })));
    if (args.flag('json')) return printJson(keys);
    print(
      renderTable(
        [
          { header: 'id', value: (k) => k.id },
          { header: 'name', value: (k) => k.name },
          { header: 'scope', value: (k) => k.scope },
          { header: 'created', value: (k) => k.createdAt },
          { header: 'revoked', value: (k) => k.revokedAt ?? NONE },
        ],
        keys,
      ),
    );
  },
};

export const keysRevoke: CommandSpec = {
  name: 'keys revoke',
  summary: 'Revoke an API key: the service refuses it from then on',
  usage: 'KEY_ID',
  positionals: ['KEY_ID'],
  options: {},
  details: ADMIN_ONLY,
  example: 'tracker keys revoke key-0123456789ab',

  async run(args, client) {
    const key = await client.call(client.api.DELETE('/v1/keys/{keyId}', { params: { path: { keyId: args.positionals[0] } } }));
    print(`revoked ${key.id} "${key.name}" at ${key.revokedAt}`);
  },
};
