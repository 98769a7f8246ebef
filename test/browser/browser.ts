import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium: the browser tests and the screenshots drive it, and need nothing downloaded. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const INSTALL_HINT = `${CHROMIUM} is missing: install it with \`apt-get install chromium fonts-noto-cjk\` (as root) to run the browser test`;

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });

/** Listens on a free port of 127.0.0.1 and answers the base URL. */
export async function serve(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the app listens on no TCP port');
  return `http://127.0.0.1:${address.port}`;
}

/**
 * Everything a person would see go wrong on a page: console errors (a CSP violation is one), script
 * errors, requests that failed, and answers of 400 or more. Collected from the moment it is called.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  return problems;
}
