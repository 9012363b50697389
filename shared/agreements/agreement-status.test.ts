import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES, agreementInputSchema, type AgreementInput, type AgreementStatus } from '../domain/agreement';
import { AppError } from '../errors/app-error';
import { nextStatuses, withStatus } from './agreement-status';

const draft = (): AgreementInput => ({
  kind: 'memorandumOfCooperation',
  title: { uk: 'Меморандум про співпрацю' },
  languages: ['uk', 'en'],
  parties: [],
  signingPlace: {},
  signingDate: '',
  status: 'draft',
  statusHistory: [{ status: 'draft', at: 1 }],
  meetingIds: [],
  notes: '',
  clauses: [],
  templateId: null,
});

describe('nextStatuses', () => {
  it('goes forward one step at a time from draft to in force', () => {
    const path: string[] = ['draft'];
    let status: AgreementStatus = AGREEMENT_STATUSES[0];
    while (status !== 'inForce') {
      status = nextStatuses(status)[0]!;
      path.push(status);
    }
    expect(path).toEqual(['draft', 'internalReview', 'sentToPartner', 'agreed', 'signed', 'inForce']);
  });

  it('goes back to draft only before signing', () => {
    for (const status of ['internalReview', 'sentToPartner', 'agreed'] as const) expect(nextStatuses(status)).toContain('draft');
    for (const status of ['draft', 'signed', 'inForce', 'expired', 'terminated'] as const) {
      expect(nextStatuses(status)).not.toContain('draft');
    }
  });

  it('ends an agreement in force by expiry or termination, a signed one by termination; the ends are final', () => {
    expect(nextStatuses('inForce')).toEqual(['expired', 'terminated']);
    expect(nextStatuses('signed')).toContain('terminated');
    expect(nextStatuses('expired')).toEqual([]);
    expect(nextStatuses('terminated')).toEqual([]);
  });
});

describe('withStatus', () => {
  it('changes the status and appends the change with its time', () => {
    const reviewed = withStatus(draft(), 'internalReview', 100);
    const sent = withStatus(reviewed, 'sentToPartner', 200);
    expect(sent.status).toBe('sentToPartner');
    expect(sent.statusHistory).toEqual([
      { status: 'draft', at: 1 },
      { status: 'internalReview', at: 100 },
      { status: 'sentToPartner', at: 200 },
    ]);
    expect(reviewed.statusHistory).toHaveLength(2);
    expect(agreementInputSchema.safeParse(sent).success).toBe(true);
  });

  it('refuses a jump the workflow does not allow, with a stable error code', () => {
    let error: unknown;
    try {
      withStatus(draft(), 'signed', 100);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('statusTransition');
    expect((error as AppError).details).toEqual({ from: 'draft', to: 'signed' });
  });

  it('keeps the history within the schema limit, first entry kept', () => {
    let input = draft();
    for (let i = 0; i < 150; i++) {
      input = withStatus(input, 'internalReview', 10 + 2 * i);
      input = withStatus(input, 'draft', 11 + 2 * i);
    }
    expect(input.statusHistory).toHaveLength(200);
    expect(input.statusHistory[0]).toEqual({ status: 'draft', at: 1 });
    expect(input.statusHistory.at(-1)).toEqual({ status: 'draft', at: 11 + 2 * 149 });
    expect(agreementInputSchema.safeParse(input).success).toBe(true);
  });
});
