import { z } from 'zod';
import { meetingInputSchema } from '#shared/domain/meeting';

/** Fields the form shows empty at first; "not a valid date" would be a strange way to ask for one. */
const ASKED_FOR = new Set(['date', 'startTime', 'endTime']);

/**
 * The meeting schema as the form checks it: the same rules, with an empty date or time reported
 * as required. An end before the start is not reported until both times are there.
 */
export const meetingFormSchema = z.unknown().superRefine((value, ctx) => {
  const result = meetingInputSchema.safeParse(value);
  if (result.success) return;
  const input = (value ?? {}) as Record<string, unknown>;
  const empty = (path: string) => ASKED_FOR.has(path) && String(input[path] ?? '').trim() === '';
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.message === 'endBeforeStart' && (empty('startTime') || empty('endTime'))) continue;
    ctx.addIssue({ code: 'custom', path: issue.path, message: empty(path) ? 'required' : issue.message });
  }
});
