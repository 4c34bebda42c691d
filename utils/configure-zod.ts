import { z } from 'zod';

// Extension pages and service workers run under a CSP without 'unsafe-eval'. zod's JIT probes
// `new Function('')`; the throw is caught, but Chromium still reports a CSP violation (a
// securitypolicyviolation event, listed in DevTools). Every entrypoint imports this module first
// so the probe never runs; parsing works the same without the JIT.
z.config({ jitless: true });
