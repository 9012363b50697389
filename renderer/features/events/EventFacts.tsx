import { Anchor, Card } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Contact } from '#shared/domain/contact';
import { contactDisplayName } from '#shared/domain/display-name';
import type { EventRecord } from '#shared/domain/event';
import { UI_LANGUAGES, pickLocalized } from '#shared/domain/lang';
import { datesBetween } from '#shared/domain/agenda';
import { zoneOffsetLabel } from '#shared/time/time-zones';
import { countryName, formatDateTime, formatIsoDateRange } from '../../app/format';
import { useUiStore } from '../../app/ui-store';
import { DetailList } from '../../components/layout/DetailList';

/** What the event is, when and where, and who of ours goes. */
export function EventFacts({ event, contacts }: { event: EventRecord; contacts: ReadonlyMap<string, Contact> | undefined }) {
  const { t } = useTranslation('events');
  const language = useUiStore((state) => state.language);
  const dayCount = datesBetween(event.startDate, event.endDate).length;
  const delegation = event.delegation.flatMap((id) => {
    const contact = contacts?.get(id);
    return contact ? [contact] : [];
  });

  return (
    <Card withBorder component="section" aria-label={t('detail.facts')}>
      <DetailList
        items={[
          ...UI_LANGUAGES.map((lang) => ({
            label: t('detail.nameIn', { language: t(`languageNames.${lang}`, { ns: 'common' }) }),
            value: event.name[lang],
          })),
          { label: t('fields.kind'), value: t(`kinds.${event.kind}`) },
          {
            label: t('detail.dates'),
            value: `${formatIsoDateRange(event.startDate, event.endDate, language)} (${t('detail.days', { count: dayCount })})`,
          },
          { label: t('fields.timeZone'), value: event.timeZone ? `${event.timeZone} · ${zoneOffsetLabel(event.timeZone, Date.parse(`${event.startDate}T12:00:00Z`))}` : '' },
          { label: t('fields.venue'), value: event.venue },
          { label: t('fields.city'), value: pickLocalized(event.city, language) },
          { label: t('fields.country'), value: countryName(event.country, language) },
          {
            label: t('fields.delegation'),
            value: delegation.length ? (
              <>
                {delegation.map((contact, index) => (
                  <span key={contact.id}>
                    {index > 0 ? ', ' : null}
                    <Anchor component={Link} to={`/contacts/${contact.id}`} inherit>
                      {contactDisplayName(contact, language)}
                    </Anchor>
                  </span>
                ))}
              </>
            ) : (
              ''
            ),
          },
          { label: t('detail.updatedAt'), value: formatDateTime(event.updatedAt, language) },
        ]}
      />
    </Card>
  );
}
