import type { Meeting } from '../domain/meeting';
import type { Topic } from '../domain/topics';
import { htmlToPlainText } from './html-text';
import { lookUpAll, present, type RecordSearchContext, type SearchDocumentProvider } from './search-provider';

/** A topic's label in each language, so "кибербезопасность" and "cybersecurity" meet the same meeting. */
export function topicLabelSpellings(topic: Topic): string[] {
  return present([topic.label.uk, topic.label.ru, topic.label.en]);
}

/**
 * A meeting is found by its title in any language, by the people on either side and the
 * organizations they represent (in every spelling the context knows), by its topics as the
 * vocabulary labels them in uk / ru / en, by its event and place, and by the words of its agenda,
 * notes and outcomes.
 */
export const meetingSearchProvider: SearchDocumentProvider<Meeting, RecordSearchContext> = {
  type: 'meeting',
  toDocument(meeting, context) {
    return {
      type: 'meeting',
      id: meeting.id,
      fields: {
        names: present([meeting.title.uk, meeting.title.ru, meeting.title.en]),
        people: [
          ...lookUpAll([...meeting.ourParticipantIds, ...meeting.theirParticipantIds], (id) => context.personNames(id)),
          ...present([meeting.interpreter]),
        ],
        organization: lookUpAll(meeting.organizationIds, (id) => context.organizationNames(id)),
        topics: lookUpAll(meeting.topics, (id) => context.topicLabels(id)),
        places: present([
          ...(meeting.eventId ? context.eventNames(meeting.eventId) : []),
          meeting.place.venue,
          meeting.place.room,
          meeting.place.table,
        ]),
        notes: present([meeting.agenda, htmlToPlainText(meeting.notes), meeting.outcomes]),
      },
    };
  },
};
