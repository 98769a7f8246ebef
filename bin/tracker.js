#!/usr/bin/env node
// The CLI is compiled with the service (npm run build, run by npm ci): no compiler at run time.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
