import type { z } from 'zod';
import type { ContentProblem } from './content-source';

/** Turns zod issues into problems that name the location and the dotted field path. */
export function toProblems(location: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    location,
    field: issue.path.length > 0 ? issue.path.join('.') : '(record)',
    message: issue.message,
  }));
}

/** Parses one record; on failure returns the problems instead of throwing. */
export function parseRecord<T extends z.ZodType>(
  schema: T,
  raw: unknown,
  location: string,
): { ok: true; value: z.output<T> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(raw);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: toProblems(location, result.error) };
}

/** One line per problem, as printed by `npm run content:check` and the server log. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.location}: ${problem.field}: ${problem.message}`;
}
