import { expect } from 'vitest';
import { AppError } from '#shared/errors/app-error';

/** For tests: the AppError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
