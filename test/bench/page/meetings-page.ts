import { DATABASE_NAME, DeskDatabase } from '../../../renderer/data/db';
import { createWorkspace, type Workspace } from '../../../renderer/data/workspace';
import type { MeetingsBenchApi } from './meetings-api';
import { closeRaw, measureOpenQuery, type Probes } from './meetings-queries';
import { seedMeetingsInto } from './meetings-seed';
import { deleteDatabase } from './raw-store';

/** The meetings methods of `window.bench`, spread into it by bench-page.ts. */

let workspace: Workspace | null = null;
let probes: Probes | null = null;
const seededNotes = new Map<string, string>();

function release(): void {
  closeRaw();
  workspace?.db.close();
  workspace = null;
  probes = null;
  seededNotes.clear();
}

function open(): Workspace {
  workspace ??= createWorkspace(new DeskDatabase());
  return workspace;
}

export const meetingsBench: MeetingsBenchApi = {
  async seedMeetings(n) {
    release();
    await deleteDatabase(DATABASE_NAME);
    const seeded = await seedMeetingsInto(open(), n);
    probes = { contactId: seeded.probe.contactId, eventId: seeded.probe.eventId };
    const autosave = await open().meetings.get(seeded.probe.autosaveMeetingId);
    if (!autosave) throw new Error('the autosave meeting was not stored');
    seededNotes.set(autosave.id, autosave.notes);
    return seeded;
  },

  async measureOpenQuery(query, method, shown) {
    if (!probes) throw new Error('call seedMeetings first');
    return measureOpenQuery(open(), probes, query, method, shown);
  },

  async readMeeting(id) {
    const meeting = await open().db.meetings.get(id);
    if (!meeting) throw new Error(`no meeting ${id}`);
    return { notes: meeting.notes, updatedAt: meeting.updatedAt };
  },

  async resetMeetingNotes(id) {
    const notes = seededNotes.get(id);
    if (notes === undefined) throw new Error(`meeting ${id} was not seeded in this page`);
    await open().db.meetings.update(id, { notes });
  },

  async releaseMeetings() {
    release();
  },
};
