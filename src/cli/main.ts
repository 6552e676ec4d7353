#!/usr/bin/env node
import { Command } from 'commander';
import { ZodError } from 'zod';
import { BlocError } from '../domain/index.js';
import { storeErrorOf } from '../store/index.js';
import { registerCommands } from './commands/index.js';

// `bloc events | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command('bloc')
  .description('bloc: a collective-security alliance as a living system (data, news coder, indicators, crisis model, simulator)')
  .version('0.1.0')
  .showHelpAfterError();
registerCommands(program);

// Expected failures are one line for the user; only a real bug shows a stack trace.
try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof BlocError) {
    process.stderr.write(`bloc: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else if (err instanceof ZodError) {
    process.stderr.write(`bloc: ${err.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ')}\n`);
    process.exitCode = 1;
  } else if (storeErrorOf(err, 'the store') !== undefined) {
    process.stderr.write(`bloc: ${storeErrorOf(err, 'the store')!.message}\n`);
    process.exitCode = 1;
  } else {
    throw err;
  }
}
