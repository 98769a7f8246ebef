#!/usr/bin/env node
// The CLI is written in TypeScript like the service; tsx (a dependency) compiles it on the fly,
// so there is no build step to forget. The import is dynamic so that it runs after tsx is registered.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
