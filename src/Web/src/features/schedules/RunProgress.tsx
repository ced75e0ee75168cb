import { useSubscription } from '@apollo/client/react';
import { Alert, Group, Loader, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { graphql } from '../../gql';
import { StatusBadge } from './StatusBadge';

const Progress = graphql(`
  subscription ExecutionProgress($id: ID!) {
    executionProgress(executionId: $id) {
      id status rowCount errorMessage
      deliveries { id email status }
    }
  }
`);

const Final = new Set(['SUCCEEDED', 'PARTIAL', 'FAILED', 'MISSED']);

/** The run started with "Run now", live over WebSocket until it ends. */
export function RunProgress({ executionId, title = 'Run now', onFinished }: { executionId: string; title?: string; onFinished: () => void }) {
  const { data, error } = useSubscription(Progress, { variables: { id: executionId } });
  const e = data?.executionProgress;
  const done = e != null && Final.has(e.status);
  // Once per run: the parent passes a new callback on every render.
  const finished = useRef(onFinished);
  finished.current = onFinished;
  useEffect(() => {
    if (done) finished.current();
  }, [done]);
  if (error) return <Alert color="red" role="alert">Live progress stopped: {error.message}</Alert>;
  return (
    <Alert color={done ? (e.status === 'SUCCEEDED' ? 'green' : 'red') : 'blue'} title={title} role="status" aria-live="polite">
      <Group gap="xs">
        {!done && <Loader size="xs" aria-hidden />}
        <Text size="sm">Status:</Text>
        <StatusBadge status={e?.status ?? 'QUEUED'} />
        {e?.rowCount != null && <Text size="sm">{e.rowCount.toLocaleString()} rows</Text>}
        {e && e.deliveries.length > 0 && (
          <Text size="sm">{e.deliveries.filter((d) => d.status === 'SENT').length} of {e.deliveries.length} emails sent</Text>
        )}
      </Group>
      {e?.errorMessage && <Text size="sm" mt="xs">{e.errorMessage}</Text>}
    </Alert>
  );
}
