import type { AgreementInput, AgreementStatus } from '../domain/agreement';
import { AppError } from '../errors/app-error';

/**
 * Where an agreement can go from each status: the next step forward, back to 'draft' while the
 * text is still being negotiated, and the ways a signed agreement ends. 'expired' and
 * 'terminated' are final.
 */
const NEXT: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['internalReview'],
  internalReview: ['sentToPartner', 'draft'],
  sentToPartner: ['agreed', 'draft'],
  agreed: ['signed', 'draft'],
  signed: ['inForce', 'terminated'],
  inForce: ['expired', 'terminated'],
  expired: [],
  terminated: [],
};

/** The statuses an agreement may move to from `status`, the usual next step first. */
export function nextStatuses(status: AgreementStatus): AgreementStatus[] {
  return [...NEXT[status]];
}

export function canMoveTo(from: AgreementStatus, to: AgreementStatus): boolean {
  return NEXT[from].includes(to);
}

/** The schema's limit on statusHistory. */
const MAX_HISTORY = 200;

/**
 * The agreement with its status changed at `at` and the change appended to its history.
 * Throws AppError('statusTransition', { from, to }) for a move nextStatuses does not offer.
 * A history at its limit keeps its first entry (when the agreement was started) and drops the
 * oldest of the rest.
 */
export function withStatus(input: AgreementInput, status: AgreementStatus, at: number): AgreementInput {
  if (!canMoveTo(input.status, status)) throw new AppError('statusTransition', { from: input.status, to: status });
  let history = [...input.statusHistory, { status, at }];
  if (history.length > MAX_HISTORY) history = [history[0]!, ...history.slice(history.length - MAX_HISTORY + 1)];
  return { ...input, status, statusHistory: history };
}
