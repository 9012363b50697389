import { describe, expect, it } from 'vitest';
import { emptyFollowUpInput, followUpInputSchema, toFollowUpInput } from './follow-up';

const MEETING = '01JH00000000000000000000MM';
const OWNER = '01JH00000000000000000000AN';

function issuesOf(input: unknown) {
  const result = followUpInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
}

const sendProposal = { ...emptyFollowUpInput(MEETING), what: '  Send the twinning proposal ', ownerId: OWNER, dueDate: '2026-11-30' };

describe('followUpInputSchema', () => {
  it('accepts an action item and trims its text', () => {
    expect(issuesOf(sendProposal)).toEqual([]);
    expect(followUpInputSchema.parse(sendProposal).what).toBe('Send the twinning proposal');
  });

  it('needs a due date while open, not once done or dropped', () => {
    expect(issuesOf({ ...sendProposal, dueDate: null })).toEqual(['dueDate:dueDateRequired']);
    expect(issuesOf({ ...sendProposal, dueDate: null, status: 'done' })).toEqual([]);
    expect(issuesOf({ ...sendProposal, dueDate: null, status: 'dropped' })).toEqual([]);
  });

  it('asks for what and who rather than calling an empty pick a bad reference', () => {
    expect(issuesOf({ ...emptyFollowUpInput(MEETING), dueDate: '2026-11-30' }).sort()).toEqual(['ownerId:required', 'what:required']);
  });

  it('reports bad values with translatable codes', () => {
    expect(issuesOf({ ...sendProposal, dueDate: '30.11.2026', status: 'later', contactId: 'someone' }).sort()).toEqual([
      'contactId:id',
      'dueDate:date',
      'status:status',
    ]);
  });

  it('toFollowUpInput drops the stored metadata', () => {
    const stored = { ...sendProposal, id: 'x', createdAt: 1, updatedAt: 2, deletedAt: null };
    expect(toFollowUpInput(stored)).toEqual(sendProposal);
  });
});
