import { SAMPLE_CONTACTS, SAMPLE_ORGANIZATIONS } from '#shared/sample/sample-workspace';
import { SAMPLE_EVENTS } from '#shared/sample/sample-events';
import { SAMPLE_MEETINGS } from '#shared/sample/sample-meetings';
import { SAMPLE_FOLLOW_UPS } from '#shared/sample/sample-follow-ups';
import { SAMPLE_AGREEMENTS } from '#shared/sample/sample-agreements';
import { agreementFromTemplate } from '#shared/agreements/templates';
import { SEEDED_LIBRARY } from '#shared/agreements/clause-library';
import { BugError } from '#shared/errors/app-error';
import type { DeskDatabase } from './db';
import type { ContactRepository } from './contact-repository';
import type { OrganizationRepository } from './organization-repository';
import type { EventRepository } from './event-repository';
import type { MeetingRepository } from './meeting-repository';
import type { FollowUpRepository } from './follow-up-repository';
import { guardStorage } from './storage-error';
import type { AgreementRepository } from './agreement-repository';

export interface SampleRepositories {
  contacts: ContactRepository;
  organizations: OrganizationRepository;
  events: EventRepository;
  meetings: MeetingRepository;
  followUps: FollowUpRepository;
  agreements: AgreementRepository;
}

export interface SampleCounts {
  organizations: number;
  contacts: number;
  events: number;
  meetings: number;
  followUps: number;
  agreements: number;
}

/** Sample keys to the ids their records got; a key the sample does not define is a bug in it. */
class KeyedIds {
  private readonly ids = new Map<string, string>();

  set(key: string, id: string): void {
    this.ids.set(key, id);
  }

  get(key: string): string {
    const id = this.ids.get(key);
    if (id === undefined) throw new BugError(`sample record "${key}" is referred to before it is loaded`);
    return id;
  }

  many(keys: readonly string[]): string[] {
    return keys.map((key) => this.get(key));
  }

  optional(key: string | null): string | null {
    return key === null ? null : this.get(key);
  }
}

/**
 * Loads the sample workspace built from the seed stories: organizations, people, events,
 * meetings, follow-ups and the agreement (with the versions its status changes saved), all in
 * one transaction, so a failure half-way (a full disk) leaves the database as it was. Records go through their repositories, so the sample is validated and its
 * notes sanitized like anything a user types.
 */
export function createSampleLoader(db: DeskDatabase, repositories: SampleRepositories, now: () => number = Date.now) {
  const { contacts, organizations, events, meetings, followUps, agreements } = repositories;

  return {
    /** Nothing recorded yet, in the Trash or not. The topic vocabulary does not count: it is a setting. */
    async isWorkspaceEmpty(): Promise<boolean> {
      const counts = await guardStorage(() =>
        Promise.all([db.contacts, db.organizations, db.events, db.meetings, db.followUps, db.attachments, db.agreements].map((table) => table.count())),
      );
      return counts.every((count) => count === 0);
    },

    async load(): Promise<SampleCounts> {
      const tables = [db.contacts, db.organizations, db.events, db.meetings, db.followUps, db.topics, db.dueNotices, db.agreements, db.agreementVersions];
      return guardStorage(() =>
        db.transaction('rw', tables, async () => {
          const organizationIds = new KeyedIds();
          // Parents come first in the list, so a child's parent already has its id.
          for (const sample of SAMPLE_ORGANIZATIONS) {
            const parentId = sample.parentKey ? organizationIds.get(sample.parentKey) : null;
            organizationIds.set(sample.key, (await organizations.create({ ...sample.input, parentId })).id);
          }
          const contactIds = new KeyedIds();
          for (const sample of SAMPLE_CONTACTS) {
            const organizationId = organizationIds.optional(sample.organizationKey);
            contactIds.set(sample.key, (await contacts.create({ ...sample.input, organizationId })).id);
          }
          const eventIds = new KeyedIds();
          for (const sample of SAMPLE_EVENTS) {
            eventIds.set(sample.key, (await events.create({ ...sample.input, delegation: contactIds.many(sample.delegationKeys) })).id);
          }
          const meetingIds = new KeyedIds();
          for (const sample of SAMPLE_MEETINGS) {
            const meeting = await meetings.create({
              ...sample.input,
              eventId: eventIds.optional(sample.eventKey),
              ourParticipantIds: contactIds.many(sample.ourKeys),
              theirParticipantIds: contactIds.many(sample.theirKeys),
              organizationIds: organizationIds.many(sample.organizationKeys),
            });
            meetingIds.set(sample.key, meeting.id);
          }
          for (const sample of SAMPLE_FOLLOW_UPS) {
            const followUp = await followUps.create({
              ...sample.input,
              meetingId: meetingIds.get(sample.meetingKey),
              ownerId: contactIds.get(sample.ownerKey),
              contactId: contactIds.optional(sample.contactKey),
            });
            // The stories' follow-ups fell due years before anyone loaded them: they are listed
            // as overdue, but not announced as falling due now (one notice per follow-up, as the
            // due notifier keeps them), which would greet a first look with a stack of alerts.
            if (followUp.status === 'open' && followUp.dueDate) {
              await db.dueNotices.add({ id: followUp.id, dueDate: followUp.dueDate, notifiedAt: followUp.createdAt });
            }
          }
          for (const sample of SAMPLE_AGREEMENTS) {
            const draft = agreementFromTemplate(sample.templateId, {
              languages: sample.languages,
              parties: sample.parties.map((party) => ({ organizationId: organizationIds.get(party.organizationKey), signatoryContactIds: contactIds.many(party.signatoryKeys) })),
              signingPlace: sample.signingPlace,
              signingDate: sample.signingDate,
              library: SEEDED_LIBRARY,
              at: now(),
            });
            const agreement = await agreements.create({ ...draft, meetingIds: meetingIds.many(sample.meetingKeys) });
            for (const status of sample.statusPath) await agreements.changeStatus(agreement.id, status);
          }
          return {
            organizations: SAMPLE_ORGANIZATIONS.length,
            contacts: SAMPLE_CONTACTS.length,
            events: SAMPLE_EVENTS.length,
            meetings: SAMPLE_MEETINGS.length,
            followUps: SAMPLE_FOLLOW_UPS.length,
            agreements: SAMPLE_AGREEMENTS.length,
          };
        }),
      );
    },
  };
}
