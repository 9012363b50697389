/**
 * The meetings part of `window.bench` (test/bench/meetings.step.ts drives it): seeding the app's
 * database with contacts, events, meetings and follow-ups, the queries behind a contact's
 * timeline and an event's agenda measured in the page, and reading a meeting back after typing.
 */

/** What a screen must show once it is open: the numbers of its meetings' titles, in its order. */
export interface ExpectedList {
  /** Title numbers ("01234"), in the order the screen lists them. */
  tokens: string[];
  /** Each meeting's "date startTime", parallel to `tokens`, to check the order on screen. */
  keys: string[];
  /** References ("01234-2") of the open follow-ups of these meetings. */
  openFollowUps: string[];
}

export interface MeetingsSeedResult {
  contacts: number;
  staff: number;
  organizations: number;
  events: number;
  meetings: number;
  followUps: number;
  openFollowUps: number;
  notesBytes: { min: number; median: number; max: number };
  generateMs: number;
  insertMs: number;
  probe: {
    contactId: string;
    eventId: string;
    /** The probe contact's meetings, newest first. */
    timeline: ExpectedList;
    /** The probe event's meetings in programme order. */
    agenda: ExpectedList;
    /** A meeting of the probe event with ~2 KB of notes. */
    autosaveMeetingId: string;
    autosaveNotesBytes: number;
  };
}

export type OpenQuery = 'timeline' | 'agenda';
/**
 * app: the screen's own read (readTimeline; the event, then loadEventAgenda); naive: read every
 * meeting (and, for the timeline, every follow-up) and filter in JS; raw: plain IndexedDB
 * getAll on the same indexes in one transaction.
 */
export type OpenQueryMethod = 'app' | 'naive' | 'raw';

export interface OpenQueryResult {
  ms: number;
  /** All the subject's meetings (counted; the timeline reads in full only those it shows). */
  meetings: number;
  /** Open follow-ups of the meetings shown (timeline) or people (agenda). */
  related: number;
}

export interface MeetingsBenchApi {
  /** Replaces the app's database with `n` meetings, their events, contacts and 2.5 n follow-ups. */
  seedMeetings(n: number): Promise<MeetingsSeedResult>;
  /** Runs one of the reads behind a screen that shows `shown` of its meetings on opening. */
  measureOpenQuery(query: OpenQuery, method: OpenQueryMethod, shown: number): Promise<OpenQueryResult>;
  /** The stored notes of a meeting, and when it was last written. */
  readMeeting(id: string): Promise<{ notes: string; updatedAt: number }>;
  /** Puts a meeting's notes back as they were seeded (between typing runs). */
  resetMeetingNotes(id: string): Promise<void>;
  /** Closes the page's connection to the app's database. */
  releaseMeetings(): Promise<void>;
}
