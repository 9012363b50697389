import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_OUTBOX_POLICY, RETRY_RULES, SYNC_FAILURE_CODES } from './retry-policy';
import { ERROR_CODES } from '../errors/app-error';

describe('backoffDelay', () => {
  const policy = DEFAULT_OUTBOX_POLICY;

  it('doubles the window with each failure in a row, from 2 s up to 15 min', () => {
    const top = (n: number) => backoffDelay(n, () => 0.999_999_999, policy);
    expect([1, 2, 3, 4].map(top)).toEqual([1999, 3999, 7999, 15999]);
    expect(top(9)).toBe(511_999);
    expect(top(10)).toBe(899_999);
    expect(top(1000)).toBe(899_999);
  });

  it('draws the whole window (full jitter): the lowest random gives no wait at all', () => {
    expect(backoffDelay(7, () => 0, policy)).toBe(0);
    expect(backoffDelay(3, () => 0.5, policy)).toBe(4000);
  });

  it('stays within [0, cap] for any count and any random number, even out of range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10_000 }), fc.double({ noNaN: true, min: -2, max: 3 }), (n, r) => {
        const delay = backoffDelay(n, () => r, policy);
        return Number.isInteger(delay) && delay >= 0 && delay <= policy.maxDelayMs;
      }),
    );
  });
});

describe('retry rules', () => {
  it('gives every failure code a rule, and every code is an AppError code', () => {
    for (const code of SYNC_FAILURE_CODES) {
      expect(RETRY_RULES[code]).toBeDefined();
      expect(ERROR_CODES).toContain(code);
    }
    expect(ERROR_CODES).toContain('syncConflict');
  });
});
