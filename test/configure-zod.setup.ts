import { configureZod } from '../lib/core/configure-zod';

// What every program that parses does at start (utils/configure-zod.ts, lib/cli/run-cli.ts): the
// English issue messages that users see and tests assert on.
configureZod();
