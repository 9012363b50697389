import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import { pickLocalized } from '#shared/domain/lang';
import type { Meeting } from '#shared/domain/meeting';
import type { EventAgendaData } from '../../../data/event-queries';
import { useUiStore } from '../../../app/ui-store';

/** How the agenda names people, organizations, topics and meetings in the UI language. */
export interface AgendaNames {
  person: (id: string) => string;
  organization: (id: string) => string;
  topic: (id: string) => string;
  meeting: (meeting: Meeting) => string;
  /** "Артем Лисогор і Андрій Найда", as the UI language joins a list. */
  list: (names: readonly string[]) => string;
}

export function useAgendaNames(data: EventAgendaData | undefined): AgendaNames {
  const { t } = useTranslation('events');
  const language = useUiStore((state) => state.language);
  return useMemo(() => {
    const topics = new Map((data?.topics ?? []).map((topic) => [topic.id, topic]));
    const listFormat = new Intl.ListFormat(language, { type: 'conjunction' });
    return {
      person: (id) => {
        const contact = data?.contacts.get(id);
        return (contact && contactDisplayName(contact, language)) || t('agenda.unknownPerson');
      },
      organization: (id) => {
        const organization = data?.organizations.get(id);
        return (organization && organizationDisplayName(organization, language)) || t('agenda.unknownPerson');
      },
      topic: (id) => {
        const topic = topics.get(id);
        return topic ? pickLocalized(topic.label, language) || id : id;
      },
      meeting: (meeting) => pickLocalized(meeting.title, language) || t('agenda.untitled'),
      list: (names) => listFormat.format(names),
    };
  }, [data, language, t]);
}
