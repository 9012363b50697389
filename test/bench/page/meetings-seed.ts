import type { ContactInput } from '#shared/domain/contact';
import type { Workspace } from '../../../renderer/data/workspace';
import { contactCountFor, planMeetings, staffCountFor, type MeetingPlan, type PlannedMeeting } from '../fixtures/meetings';
import { followUpRef, utf8Bytes } from '../fixtures/meeting-notes';
import { BENCH_SEED } from './bench-api';
import { contactDataset, organizationInputs } from './datasets';
import type { ExpectedList, MeetingsSeedResult } from './meetings-api';

/**
 * Fills the app's database for the meetings benchmarks through its own repositories
 * (bulkCreate: zod validation, notes sanitized with DOMPurify), in the order a delegation
 * would have written it: organizations, contacts, events, meetings by date, follow-ups.
 */

/** Records per bulkCreate call (one transaction each), so 40 MB of notes is not one write. */
const CHUNK = 2_500;

async function bulkCreateInChunks(create: (inputs: unknown[]) => Promise<string[]>, inputs: readonly unknown[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < inputs.length; i += CHUNK) ids.push(...(await create(inputs.slice(i, i + CHUNK))));
  return ids;
}

/** Our staff are Ukrainian speakers; the probe is a partner abroad, like Juliette Delbe. */
function pickPeople(contacts: ContactInput[], staffCount: number): { staff: number[]; probe: number } {
  const staff: number[] = [];
  for (let i = 0; i < contacts.length && staff.length < staffCount; i++) {
    if (contacts[i].languages.includes('uk') && contacts[i].country === 'UA') staff.push(i);
  }
  const taken = new Set(staff);
  const probe = contacts.findIndex((contact, i) => !taken.has(i) && contact.country !== 'UA');
  if (staff.length < staffCount || probe < 0) throw new Error('the contact set has too few Ukrainian or foreign contacts');
  contacts.forEach((contact, i) => (contact.ourStaff = taken.has(i)));
  return { staff, probe };
}

const scheduleKey = (meeting: PlannedMeeting) => `${meeting.input.date} ${meeting.input.startTime}`;
const openRefs = (meetings: readonly PlannedMeeting[]) =>
  meetings.flatMap((meeting) => meeting.followUps.flatMap((f, k) => (f.status === 'open' ? [followUpRef(meeting.token, k)] : [])));

function expected(meetings: PlannedMeeting[]): ExpectedList {
  return { tokens: meetings.map((m) => m.token), keys: meetings.map(scheduleKey), openFollowUps: openRefs(meetings) };
}

function notesStats(plan: MeetingPlan): MeetingsSeedResult['notesBytes'] {
  const sizes = plan.meetings.map((m) => utf8Bytes(m.input.notes)).sort((a, b) => a - b);
  return { min: sizes[0], median: sizes[sizes.length >> 1], max: sizes[sizes.length - 1] };
}

export async function seedMeetingsInto(workspace: Workspace, n: number): Promise<MeetingsSeedResult> {
  const generateStart = performance.now();
  const contactCount = contactCountFor(n);
  const organizations = organizationInputs(contactCount);
  let generateMs = performance.now() - generateStart;

  let insertStart = performance.now();
  const organizationIds = await workspace.organizations.bulkCreate(organizations);
  let insertMs = performance.now() - insertStart;

  const planStart = performance.now();
  const { inputs: contacts } = contactDataset(contactCount, organizationIds);
  const { staff, probe } = pickPeople(contacts, staffCountFor(n));
  const plan = planMeetings(n, BENCH_SEED, contactCount, staff, probe);
  generateMs += performance.now() - planStart;

  insertStart = performance.now();
  const contactIds = await workspace.contacts.bulkCreate(contacts);
  const eventIds = await workspace.events.bulkCreate(
    plan.events.map((event) => ({ ...event.input, delegation: event.delegation.map((i) => contactIds[i]) })),
  );
  const meetingIds = await bulkCreateInChunks(
    (chunk) => workspace.meetings.bulkCreate(chunk),
    plan.meetings.map((meeting) => ({
      ...meeting.input,
      eventId: meeting.event === null ? null : eventIds[meeting.event],
      ourParticipantIds: meeting.ours.map((i) => contactIds[i]),
      theirParticipantIds: meeting.theirs.map((i) => contactIds[i]),
      organizationIds: [...new Set(meeting.theirs.map((i) => contacts[i].organizationId).filter((id): id is string => id !== null))],
    })),
  );
  const followUps = plan.meetings.flatMap((meeting, m) =>
    meeting.followUps.map(({ owner, contact, ...followUp }) => ({
      ...followUp,
      meetingId: meetingIds[m],
      ownerId: contactIds[owner],
      contactId: contact === null ? null : contactIds[contact],
    })),
  );
  await bulkCreateInChunks((chunk) => workspace.followUps.bulkCreate(chunk), followUps);
  insertMs += performance.now() - insertStart;

  const stored = { meetings: await workspace.db.meetings.count(), followUps: await workspace.db.followUps.count() };
  if (stored.meetings !== n || stored.followUps !== plan.followUps) {
    throw new Error(`stored ${stored.meetings} meetings and ${stored.followUps} follow-ups, planned ${n} and ${plan.followUps}`);
  }

  const timeline = plan.meetings.filter((m) => m.theirs.includes(probe) || m.ours.includes(probe)).reverse();
  const agenda = plan.meetings.filter((m) => m.event === plan.probeEvent);
  const autosave = plan.meetings[plan.autosaveMeeting];
  return {
    contacts: contactCount,
    staff: staff.length,
    organizations: organizationIds.length,
    events: eventIds.length,
    meetings: n,
    followUps: plan.followUps,
    openFollowUps: openRefs(plan.meetings).length,
    notesBytes: notesStats(plan),
    generateMs,
    insertMs,
    probe: {
      contactId: contactIds[probe],
      eventId: eventIds[plan.probeEvent],
      timeline: expected(timeline),
      agenda: expected(agenda),
      autosaveMeetingId: meetingIds[plan.autosaveMeeting],
      autosaveNotesBytes: utf8Bytes(autosave.input.notes),
    },
  };
}
