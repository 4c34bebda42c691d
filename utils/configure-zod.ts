import { configureZod } from '@/lib/core/configure-zod';

// Every entrypoint imports this module first. It gives zod/mini its English issue messages
// (lib/core/configure-zod.ts), and sets `jitless`: extension pages and service workers run under a CSP
// without 'unsafe-eval', and zod's JIT probes `new Function('')`, which Chromium reports as a CSP
// violation even though the throw is caught. zod/mini's objects never use the JIT, so today's
// bundles hold no probe at all; `jitless` keeps it that way if a schema ever brings the JIT in.
configureZod({ jitless: true });
