import { buildApp } from '../app.js';

/** The OpenAPI document exactly as the app serves it at /openapi.json, pretty-printed. */
export async function renderOpenApi(): Promise<string> {
  const app = await buildApp({ DATABASE_URL: ':memory:', LOG_LEVEL: 'silent', SEED_ON_START: false });
  try {
    await app.ready();
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}
