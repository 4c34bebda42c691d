import type { z } from 'zod/mini';

/** One line per issue with the path it concerns, for messages a person has to act on. */
export function describeZodIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => {
      const where =
        issue.path.length > 0 ? `"${issue.path.map(String).join('.')}"` : 'the top level';
      return `at ${where}: ${issue.message}`;
    })
    .join('; ');
}
