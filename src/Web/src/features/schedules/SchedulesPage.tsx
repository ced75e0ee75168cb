import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ScheduleFilterInput } from '../../gql/graphql';
import { Empty, ErrorState, Loading } from '../../shared/States';
import { formatInZone, formatLocal, viewerZone } from '../../shared/time';
import { StatusBadge } from './StatusBadge';

const Schedules = graphql(`
  query Schedules($first: Int!, $after: String, $where: ScheduleFilterInput) {
    schedules(first: $first, after: $after, where: $where, order: [{ nextRunAt: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name isActive timeZone nextRunAt reportTypeKey
        reportType { key displayName }
        recurrence { description }
        lastExecution { id status finishedAt }
      }
    }
  }
`);

const PageSize = 20;

export function SchedulesPage() {
  const [search, setSearch] = useState('');
  const [active, setActive] = useState('all');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const where: ScheduleFilterInput = {};
  if (debounced) where.name = { contains: debounced };
  if (active !== 'all') where.isActive = { eq: active === 'active' };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(Schedules, {
    variables: { first: PageSize, where },
    notifyOnNetworkStatusChange: true,
    // Schedules change elsewhere (the editor, runs, other people): show the cache at once, then the server's answer.
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.schedules;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">Schedules</Title>
        <Button component={Link} to="/schedules/new">New schedule</Button>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput label="Search by name" placeholder="e.g. weekly" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={{ base: '100%', sm: 280 }} />
        <SegmentedControl
          aria-label="Show"
          value={active}
          onChange={setActive}
          data={[{ value: 'all', label: 'All' }, { value: 'active', label: 'Active' }, { value: 'paused', label: 'Paused' }]}
        />
      </Group>
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {!page && loading && <Loading label="Loading schedules" />}
      {page && page.nodes?.length === 0 && <Empty>{debounced || active !== 'all' ? 'No schedule matches.' : 'No schedules yet: create the first one.'}</Empty>}
      {page && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">{page.totalCount} schedule{page.totalCount === 1 ? '' : 's'} · times in the schedule's zone and yours ({viewerZone})</Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {page.nodes?.map((s) => (
              <Card key={s.id} withBorder component="li">
                <Stack gap={4}>
                  <Group justify="space-between" wrap="nowrap">
                    <Anchor component={Link} to={`/schedules/${encodeURIComponent(s.id)}`} fw={600}>{s.name}</Anchor>
                    <StatusBadge status={s.lastExecution?.status} />
                  </Group>
                  <Text size="sm">{s.reportType?.displayName ?? s.reportTypeKey} · {s.recurrence.description}{s.isActive ? '' : ' · paused'}</Text>
                  <Text size="sm" c="dimmed">
                    Next run: {s.nextRunAt && s.isActive ? <>{formatInZone(s.nextRunAt, s.timeZone)}{s.timeZone !== viewerZone && <> ({formatLocal(s.nextRunAt)} yours)</>}</> : 'none'}
                  </Text>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          {page.pageInfo.hasNextPage && (
            <Button
              variant="default"
              loading={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: page.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    schedules: { ...fetchMoreResult.schedules, nodes: [...(prev.schedules.nodes ?? []), ...(fetchMoreResult.schedules.nodes ?? [])] },
                  }),
                })
              }
            >
              Show more
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
