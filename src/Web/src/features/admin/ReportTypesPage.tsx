import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../shared/States';
import { AdminOnly } from './AdminOnly';

const ReportTypes = graphql(`
  query AdminReportTypes {
    reportTypes { key displayName description version isAvailable unavailableReason formats parameters { name } }
  }
`);

export default function ReportTypesPage() {
  return (
    <AdminOnly>
      <ReportTypeList />
    </AdminOnly>
  );
}

/** Every installed report type, and for the ones that cannot be used, why (from the plugin loader). */
function ReportTypeList() {
  const { data, loading, error, refetch } = useQuery(ReportTypes);
  if (loading && !data) return <Loading label="Loading report types" />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  const types = data?.reportTypes ?? [];
  const unavailable = types.filter((t) => !t.isAvailable).length;
  return (
    <Stack maw={880}>
      <Title order={1} size="h2">Report types</Title>
      <Text size="sm">
        {types.length} installed, {unavailable === 0 ? 'all available' : `${unavailable} unavailable`}. Plugins are listed in
        plugins.json; after fixing one, restart the service.
      </Text>
      {types.length === 0 ? (
        <Empty>No report types are installed: add plugins to plugins.json.</Empty>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Report types">
          {types.map((t) => (
            <Paper component="li" key={t.key} withBorder p="md">
              <Stack gap={4}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={600}>{t.displayName ?? t.key}</Text>
                  {t.isAvailable ? <Badge color="#237032">Available</Badge> : <Badge color="red.9">Unavailable</Badge>}
                </Group>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  Key {t.key}{t.version && ` · version ${t.version}`}
                  {t.isAvailable && ` · ${t.formats.join(', ')} · ${t.parameters.length} parameter(s)`}
                </Text>
                {t.description && <Text size="sm">{t.description}</Text>}
                {!t.isAvailable && (
                  <Alert color="red" p="xs" title="Why it cannot be used">
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{t.unavailableReason ?? 'The plugin could not be loaded.'}</Text>
                  </Alert>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
