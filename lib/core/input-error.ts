import type { z } from 'zod/mini';

/**
 * Input that does not match a schema. It carries the first issue's path and a sentence naming the
 * field, so a CLI or a form can say exactly what to fix.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
  const first = issues[0] ?? { path: '', message: 'invalid input' };
  const where = first.path === '' ? what : `${what}: field "${first.path}"`;
  throw new InputError(`${where}: ${first.message}`, first.path, issues);
}
