import type { z } from 'zod';
import { AppError } from '../errors/app-error';

export interface FieldIssue {
  /** Dotted path of the field, e.g. "emails.0". */
  path: string;
  /** Translation key under `validation.`. */
  code: string;
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: /^[a-zA-Z]+$/.test(issue.message) ? issue.message : 'invalid',
  }));
}

/** Parses or throws an AppError('validation') whose details list every field issue. */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError('validation', { issues: fieldIssues(result.error) });
  return result.data;
}
