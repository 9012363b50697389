import { useMemo } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/domain/lang';
import { timeZoneDisplayName } from '#shared/time/clock-format';
import { useUiStore } from '../../app/ui-store';
import { localTimeZone } from '../../app/format';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  /** An IANA zone, or '' for none. */
  value?: string;
  onChange?: (zone: string) => void;
};

/** "GMT+1": the same in every language, and what people search for. */
function zoneOffset(zone: string, at: number): string {
  try {
    const parts = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

interface NamedZone {
  zone: string;
  name: string;
  offset: string;
}

/** A zone's name and offset as they are today. */
function nameZone(zone: string, language: UiLanguage): NamedZone {
  const now = Date.now();
  return { zone, name: timeZoneDisplayName(zone, language, now), offset: zoneOffset(zone, now) };
}

// Naming ~420 zones costs a few hundred formatters; the names change only with the language.
const zoneNames = new Map<UiLanguage, NamedZone[]>();

function namedZones(language: UiLanguage): NamedZone[] {
  let named = zoneNames.get(language);
  if (!named) {
    named = Intl.supportedValuesOf('timeZone').map((zone) => nameZone(zone, language));
    zoneNames.set(language, named);
  }
  return named;
}

/** IANA zones, searchable by city ("Warsaw"), country name in the UI language, or offset. */
export function TimeZoneSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation('meetings');
  const language = useUiStore((state) => state.language);
  const data = useMemo(() => {
    const zones = namedZones(language);
    // This computer's zone and the chosen one are offered even if Intl lists them under another name.
    const extra = [...new Set([value, localTimeZone()])].filter((zone): zone is string => Boolean(zone) && !zones.some((z) => z.zone === zone));
    return [...extra.map((zone) => nameZone(zone, language)), ...zones].map(({ zone, name, offset }) => ({ value: zone, label: t('timeZoneOption', { zone: zone.replace(/_/g, ' '), name, offset }) }));
  }, [language, t, value]);
  return (
    <Select
      searchable
      data={data}
      value={value || null}
      onChange={(zone) => onChange?.(zone ?? '')}
      nothingFoundMessage="—"
      limit={100}
      {...props}
    />
  );
}
