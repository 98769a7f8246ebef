// The baselines, each its own process on 127.0.0.1 (plain JavaScript: nothing but node and Fastify):
//   node bench/bare-server.mjs ping            GET /ping answers {"pong":true}
//   node bench/bare-server.mjs bytes A.json …  GET /bytes/0, /bytes/1, … answer those files' bytes, precomputed, as application/json
// Fastify's defaults (no logger, no plugins): the floor every route of the service pays anyway. It prints
// its address as one JSON line on stdout, and stops on SIGTERM/SIGINT or when its parent's stdin closes.
import { readFileSync } from 'node:fs';
import fastify from 'fastify';

const [mode, ...files] = process.argv.slice(2);
const app = fastify();
if (mode === 'ping') {
  app.get('/ping', async () => ({ pong: true }));
} else if (mode === 'bytes') {
  files.forEach((file, index) => {
    const body = readFileSync(file);
    app.get(`/bytes/${index}`, (_request, reply) => {
      reply.header('content-type', 'application/json; charset=utf-8').send(body);
    });
  });
} else {
  console.error('usage: bare-server.mjs ping | bytes FILE...');
  process.exit(2);
}

const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(JSON.stringify({ address }) + '\n');
const stop = () => app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// An orphaned baseline must not outlive the benchmark.
process.stdin.on('end', stop).resume();
