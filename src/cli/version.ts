import { createRequire } from 'node:module';

/** The package's version, which `tracker --version` prints and every request's User-Agent carries. */
export const VERSION: string = createRequire(import.meta.url)('../../package.json').version;
