#!/usr/bin/env node
import { runCli } from './cli.js';
import { processIo } from './io.js';

// Output piped into `head` closes early; the reader has what it wanted, so that is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
