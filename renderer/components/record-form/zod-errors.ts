import type { z } from 'zod';
import type { TFunction } from 'i18next';
import { fieldIssues, type FieldIssue } from '#shared/domain/validation';
import { isAppError } from '#shared/errors/app-error';

/** The field issues of a repository's refusal ('validation' AppError), or undefined for any other error. */
export function refusedFieldIssues(error: unknown): FieldIssue[] | undefined {
  return isAppError(error) && error.code === 'validation' ? (error.details?.issues as FieldIssue[] | undefined) : undefined;
}

/** Field path → translated message, in the shape the form library expects. */
export function translateIssues(issues: readonly FieldIssue[], t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { path, code } of issues) {
    // A list field shows the first problem of any of its items on the list input itself.
    const fieldPath = path.replace(/\.\d+$/, '');
    errors[fieldPath] ??= t(code as 'invalid', { ns: 'validation', defaultValue: t('invalid', { ns: 'validation' }) });
  }
  return errors;
}

export function validateWith<T>(schema: z.ZodType<T>, values: unknown, t: TFunction): Record<string, string> {
  const result = schema.safeParse(values);
  return result.success ? {} : translateIssues(fieldIssues(result.error), t);
}
