import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const app = await buildApp(config);

// On SIGTERM or SIGINT: new requests get 503, requests under way get SHUTDOWN_TIMEOUT_MS to finish,
// idle connections close at once and busy ones when their request ends; then whatever is left is
// closed and the process exits. A second signal, or an uncaught error, ends it at once.
closeWithGrace({ delay: config.SHUTDOWN_TIMEOUT_MS + 1_500 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'stopping after an uncaught error');
  else app.log.info({ signal }, 'shutting down');
  const slowClients = setTimeout(() => app.server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS);
  await app.close();
  clearTimeout(slowClients);
});

try {
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (error) {
  app.log.error(error);
  process.exit(1);
}
