import { useQuery } from '@apollo/client/react';
import { Card, List, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { RecurrenceInput } from '../../../gql/graphql';
import { formatInZone, formatLocal, viewerZone } from '../../../shared/time';
import { PreviewRecurrence } from './documents';

/** The rule in words and its next 5 runs, as the server computes them (DST and month ends included). */
export function RecurrencePreviewCard({ recurrence, timeZone }: { recurrence: RecurrenceInput; timeZone: string }) {
  const [variables] = useDebouncedValue({ recurrence, timeZone }, 300);
  const { data, previousData, loading, error } = useQuery(PreviewRecurrence, { variables, skip: !variables.timeZone });
  const preview = (data ?? previousData)?.previewRecurrence;
  return (
    <Card withBorder bg="gray.0" aria-live="polite">
      <Text fw={600} size="sm">Next runs {loading && <Loader size={12} />}</Text>
      {error && <Text size="sm" c="red.8">The preview is unavailable: {error.message}</Text>}
      {preview && preview.errors.length > 0 && <Text size="sm" c="red.8">{preview.errors.map((e) => e.message).join(' ')}</Text>}
      {preview && preview.errors.length === 0 && (
        <>
          <Text size="sm">{preview.description}</Text>
          {preview.occurrences.length === 0 ? (
            <Text size="sm" c="dimmed">It never runs again.</Text>
          ) : (
            <List size="sm" aria-label="Next runs">
              {preview.occurrences.map((o) => (
                <List.Item key={o}>{formatInZone(o, timeZone)}{timeZone !== viewerZone && <Text span c="dimmed" size="sm"> · {formatLocal(o)} yours</Text>}</List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Card>
  );
}
