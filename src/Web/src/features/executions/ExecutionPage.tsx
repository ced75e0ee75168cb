import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ArtifactLinks } from '../../shared/ArtifactLinks';
import { ErrorState, Loading } from '../../shared/States';
import { formatInZone, formatLocal } from '../../shared/time';
import { StatusBadge } from '../schedules/StatusBadge';
import { DeliveryTable } from './DeliveryTable';

const ExecutionDetail = graphql(`
  query ExecutionDetail($id: ID!) {
    execution(id: $id) {
      id trigger status scheduledFor startedAt finishedAt durationMs rowCount errorMessage periodLabel attempt conditionReason
      schedule { id name timeZone }
      artifacts { id format fileName sizeBytes downloadPath }
      deliveries { id target status attempts lastReply sentAt nextAttemptAt }
    }
  }
`);

const Final = new Set(['SUCCEEDED', 'PARTIAL', 'FAILED', 'MISSED', 'CONDITION_NOT_MET']);

/** /executions/:id — one run with its deliveries and files; failure-notice emails link here. */
export default function ExecutionPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ExecutionDetail, { variables: { id } });
  if (loading && !data) return <Loading label="Loading the run" />;
  if (error && !data?.execution) return <ErrorState error={error} retry={() => void refetch()} />;
  const e = data?.execution;
  if (!e) return <Alert color="yellow">This run does not exist (any more) or its schedule is not yours. <Anchor component={Link} to="/">All schedules</Anchor></Alert>;
  const zone = e.schedule.timeZone;

  return (
    <Stack>
      <Anchor component={Link} to={`/schedules/${encodeURIComponent(e.schedule.id)}`} size="sm">← {e.schedule.name}</Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={1} size="h2">Run of {e.schedule.name}</Title>
          <Text size="sm" c="dimmed">{e.trigger.toLowerCase()} run · {e.periodLabel ?? 'period not known yet'}</Text>
        </Stack>
        <StatusBadge status={e.status} />
      </Group>
      {e.errorMessage && <Alert color="red" role="alert" title="What went wrong">{e.errorMessage}</Alert>}
      {e.conditionReason && <Alert color="gray">{e.conditionReason}</Alert>}
      {!Final.has(e.status) && <StillRunning onRefresh={() => void refetch()} />}
      <Card withBorder>
        <Stack gap={4}>
          <Text size="sm">Scheduled for: {formatInZone(e.scheduledFor, zone)} ({formatLocal(e.scheduledFor)} yours)</Text>
          <Text size="sm">Started: {e.startedAt ? formatLocal(e.startedAt) : 'not yet'} · Finished: {e.finishedAt ? formatLocal(e.finishedAt) : 'not yet'}</Text>
          {e.durationMs != null && <Text size="sm">Took {(e.durationMs / 1000).toLocaleString(undefined, { maximumFractionDigits: 1 })} s{e.attempt > 1 ? ` (attempt ${e.attempt})` : ''}</Text>}
          {e.rowCount != null && <Text size="sm">{e.rowCount.toLocaleString()} rows</Text>}
        </Stack>
      </Card>

      <Title order={2} size="h3">Files</Title>
      {e.artifacts.length === 0 ? <Text c="dimmed" size="sm">No files: the report was not produced, or retention removed them.</Text> : (
        <ArtifactLinks files={e.artifacts} />
      )}

      <Title order={2} size="h3">Deliveries</Title>
      {e.deliveries.length === 0 ? <Text c="dimmed" size="sm">Nothing was sent.</Text> : (
        <DeliveryTable rows={e.deliveries.map((d) => ({ ...d, to: d.target }))} />
      )}
    </Stack>
  );
}

function StillRunning({ onRefresh }: { onRefresh: () => void }) {
  return (
    <Alert color="blue" role="status">
      This run has not finished. <Anchor component="button" type="button" onClick={onRefresh}>Refresh</Anchor>
    </Alert>
  );
}
