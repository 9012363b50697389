import { useMemo, useState } from 'react';
import { Badge, Group, Kbd, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconAddressBook, IconBuilding, IconCalendarEvent, IconFileText, IconSearch, IconUsersGroup, type Icon } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSearch, useStartSearch } from '../../search';
import { useRecordsByIds } from '../../data/live-queries';
import { useUiStore } from '../../app/ui-store';
import { groupResults, resultLabels, type SearchResult } from './search-results';
import type { SearchDocumentType, SearchHit } from '../../search';
import { Highlighted } from './Highlighted';

const RESULT_LIMIT = 30;

/** The same icons as the sections in the sidebar, so a hit says what it is at a glance. */
const TYPE_ICONS: Record<SearchDocumentType, Icon> = {
  contact: IconAddressBook,
  organization: IconBuilding,
  meeting: IconUsersGroup,
  event: IconCalendarEvent,
  agreement: IconFileText,
};

const idsOf = (hits: readonly SearchHit[], type: SearchDocumentType) => hits.filter((hit) => hit.type === type).map((hit) => hit.id);

/**
 * ActionsList renders a ScrollArea and passes unknown props on to it, but its type does not
 * list ScrollArea's `viewportProps`; this is how the viewport gets a tab stop and a name.
 */
function focusableViewport(label: string): Record<string, unknown> {
  return { viewportProps: { tabIndex: 0, 'aria-label': label } };
}

/** The header's search box; it opens the search dialog, as Ctrl+K / ⌘K does from anywhere. */
export function SearchTrigger() {
  const { t } = useTranslation('search');
  const startSearch = useStartSearch();
  return (
    <UnstyledButton
      className="search-trigger"
      onClick={() => spotlight.open()}
      // Pointing at the box is a good hint that a search is coming: start the index now.
      onPointerEnter={startSearch}
      onFocus={startSearch}
      aria-label={t('open')}
    >
      <Group gap="xs" wrap="nowrap">
        <IconSearch size={16} aria-hidden />
        <Text size="sm" c="dimmed" visibleFrom="md">
          {t('placeholder')}
        </Text>
        <Kbd size="xs" visibleFrom="md">
          {t('shortcut')}
        </Kbd>
      </Group>
    </UnstyledButton>
  );
}

export function GlobalSearch() {
  const { t } = useTranslation('search');
  const { t: tOrganizations } = useTranslation('organizations');
  const { t: tAgreements } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const startSearch = useStartSearch();
  const { hits, pending } = useSearch(query, { limit: RESULT_LIMIT });
  const hitIds = useMemo(
    () => ({
      contactIds: idsOf(hits, 'contact'),
      organizationIds: idsOf(hits, 'organization'),
      meetingIds: idsOf(hits, 'meeting'),
      eventIds: idsOf(hits, 'event'),
      agreementIds: idsOf(hits, 'agreement'),
    }),
    [hits],
  );
  const records = useRecordsByIds(hitIds);
  const labels = useMemo(() => resultLabels(tOrganizations, tAgreements), [tOrganizations, tAgreements]);
  const groups = useMemo(() => (records ? groupResults(hits, records, language, labels) : []), [hits, records, language, labels]);
  const blank = query.trim() === '';

  return (
    // Ctrl+K works from inside text fields too: it is how people jump to search mid-edit.
    <Spotlight.Root
      onSpotlightOpen={startSearch}
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      scrollable
      maxHeight={480}
      attributes={{ content: { 'aria-label': t('label') } }}
    >
      <Spotlight.Search
        placeholder={t('placeholder')}
        aria-label={t('label')}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={pending ? <Loader size="xs" aria-label={t('searching')} /> : null}
      />
      {/* The options are reached with the arrow keys from the search box, so the list itself takes
          focus too: keyboard users can scroll it. */}
      <Spotlight.ActionsList aria-label={t('results')} {...focusableViewport(t('results'))}>
        {groups.map((group) => (
          // The group's label is drawn by CSS, so it is also given to assistive technology.
          <Spotlight.ActionsGroup
            key={group.type}
            label={t(`groups.${group.type}`)}
            role="group"
            aria-label={t(`groups.${group.type}`)}
          >
            {group.results.map((result) => (
              <ResultAction key={`${result.hit.type}:${result.hit.id}`} result={result} query={query} onOpen={() => navigate(result.path)} />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {!blank && !pending && groups.length === 0 ? <Spotlight.Empty>{t('nothingFound')}</Spotlight.Empty> : null}
        {blank ? <Spotlight.Empty>{t('hint')}</Spotlight.Empty> : null}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}

/** One hit: what kind of record, its name with the matched words marked, and what tells it apart. */
function ResultAction({ result, query, onOpen }: { result: SearchResult; query: string; onOpen: () => void }) {
  const { t } = useTranslation('search');
  const TypeIcon = TYPE_ICONS[result.hit.type];
  return (
    // The action's own leftSection is dropped once it has children, so the icon is one of them.
    <Spotlight.Action onClick={onOpen}>
      <Group gap="sm" wrap="nowrap" align="flex-start" style={{ flex: 1, minWidth: 0 }}>
        <TypeIcon size={18} stroke={1.5} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Text fw={500} truncate>
              <Highlighted text={result.title} query={query} />
            </Text>
            {result.hit.wrongLayout ? (
              <Badge size="xs" variant="light" color="orange" tt="none">
                {t('wrongLayout')}
              </Badge>
            ) : null}
          </Group>
          {result.subtitle ? (
            <Text size="xs" c="dimmed" truncate>
              {result.subtitle}
            </Text>
          ) : null}
          {result.alsoKnownAs ? (
            <Text size="xs" c="dimmed" truncate>
              <Highlighted text={result.alsoKnownAs} query={query} />
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Spotlight.Action>
  );
}
