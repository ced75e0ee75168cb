import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ArtifactLinks } from '../../shared/ArtifactLinks';
import { DeliveryTable } from '../executions/DeliveryTable';
import { ErrorState, Loading } from '../../shared/States';
import { formatInZone, formatLocal, viewerZone } from '../../shared/time';
import { RunProgress } from './RunProgress';
import { StatusBadge } from './StatusBadge';

const ScheduleDetail = graphql(`
  query ScheduleDetail($id: ID!) {
    schedule(id: $id) {
      id name description isActive timeZone nextRunAt lastRunAt formats subject reportTypeKey
      reportType { key displayName }
      recurrence { description }
      recipients { id email displayName isSubscribed unsubscribedAt }
      recentExecutions(limit: 10) {
        id trigger status scheduledFor startedAt finishedAt rowCount errorMessage periodLabel
        artifacts { id format fileName sizeBytes downloadPath }
        deliveries { id email status attempts lastReply sentAt }
      }
    }
  }
`);

const Pause = graphql(`
  mutation PauseSchedule($id: ID!) { pauseSchedule(input: { id: $id }) { schedule { id isActive nextRunAt } errors { code message path } } }
`);
const Resume = graphql(`
  mutation ResumeSchedule($id: ID!) { resumeSchedule(input: { id: $id }) { schedule { id isActive nextRunAt } errors { code message path } } }
`);
const RunNow = graphql(`
  mutation RunScheduleNow($id: ID!) { runScheduleNow(input: { id: $id }) { execution { id status } errors { code message path } } }
`);

const SendTest = graphql(`
  mutation SendTestReport($id: ID!) { sendTestReport(input: { id: $id }) { execution { id status } errors { code message path } } }
`);
const Delete = graphql(`
  mutation DeleteSchedule($id: ID!) { deleteSchedule(input: { id: $id }) { deletedScheduleId errors { code message path } } }
`);

export function ScheduleDetailPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ScheduleDetail, { variables: { id } });
  const [pause, pausing] = useMutation(Pause);
  const [resume, resuming] = useMutation(Resume);
  const [runNow, running] = useMutation(RunNow);
  const [sendTest, sending] = useMutation(SendTest);
  const [remove, removing] = useMutation(Delete);
  const [confirming, confirm] = useDisclosure(false);
  const navigate = useNavigate();
  const [runId, setRunId] = useState<string | null>(null);
  const [runLabel, setRunLabel] = useState('Run now');
  const [problem, setProblem] = useState<string | null>(null);

  if (loading && !data) return <Loading label="Loading the schedule" />;
  if (error && !data?.schedule) return <ErrorState error={error} retry={() => void refetch()} />;
  const s = data?.schedule;
  if (!s) return <Alert color="yellow">This schedule does not exist or is not yours. <Anchor component={Link} to="/">All schedules</Anchor></Alert>;

  const report = (errors: ReadonlyArray<{ message: string }> | undefined) => setProblem(errors?.length ? errors.map((e) => e.message).join(' ') : null);

  return (
    <Stack>
      <Anchor component={Link} to="/" size="sm">← All schedules</Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={1} size="h2">{s.name}</Title>
          <Text size="sm" c="dimmed">{s.reportType?.displayName ?? s.reportTypeKey} · {s.recurrence.description} · {s.formats.join(', ')}</Text>
        </Stack>
        <Group gap="xs">
          <Button component={Link} to={`/schedules/${encodeURIComponent(s.id)}/edit`} variant="default">Edit</Button>
          {s.isActive ? (
            <Button variant="default" loading={pausing.loading} onClick={async () => report((await pause({ variables: { id: s.id } })).data?.pauseSchedule.errors)}>Pause</Button>
          ) : (
            <Button variant="default" loading={resuming.loading} onClick={async () => report((await resume({ variables: { id: s.id } })).data?.resumeSchedule.errors)}>Resume</Button>
          )}
          <Button
            loading={running.loading}
            onClick={async () => {
              const { data: ran } = await runNow({ variables: { id: s.id } });
              report(ran?.runScheduleNow.errors);
              if (ran?.runScheduleNow.execution) {
                setRunLabel('Run now');
                setRunId(ran.runScheduleNow.execution.id);
              }
            }}
          >
            Run now
          </Button>
          <Button
            variant="default"
            loading={sending.loading}
            onClick={async () => {
              const { data: sent } = await sendTest({ variables: { id: s.id } });
              report(sent?.sendTestReport.errors);
              if (sent?.sendTestReport.execution) {
                setRunLabel('Test email');
                setRunId(sent.sendTestReport.execution.id);
              }
            }}
          >
            Send test to me
          </Button>
          <Button variant="outline" color="red.9" onClick={confirm.open}>Delete</Button>
        </Group>
      </Group>
      {problem && <Alert color="red" role="alert">{problem}</Alert>}
      {runId && <RunProgress key={runId} executionId={runId} title={runLabel} onFinished={() => void refetch()} />}
      <Modal opened={confirming} onClose={confirm.close} title={`Delete “${s.name}”?`} closeButtonProps={{ 'aria-label': 'Close' }} centered>
        <Stack>
          <Text size="sm">The schedule, its {s.recipients.length} recipient{s.recipients.length === 1 ? '' : 's'} and its history with all files are removed. This cannot be undone.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>Keep it</Button>
            <Button
              color="red.9"
              loading={removing.loading}
              onClick={async () => {
                try {
                  const { data: gone } = await remove({ variables: { id: s.id } });
                  if (gone?.deleteSchedule.errors.length) {
                    report(gone.deleteSchedule.errors);
                    confirm.close();
                    return;
                  }
                  notifications.show({ color: 'green', message: `“${s.name}” was deleted.` });
                  navigate('/');
                } catch (e) {
                  setProblem(e instanceof Error ? e.message : 'Deleting failed.');
                  confirm.close();
                }
              }}
            >
              Delete schedule
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Card withBorder>
        <Stack gap={4}>
          <Text fw={600}>{s.isActive ? 'Active' : 'Paused'}</Text>
          <Text size="sm">Next run: {s.isActive && s.nextRunAt ? <>{formatInZone(s.nextRunAt, s.timeZone)}{s.timeZone !== viewerZone && <> ({formatLocal(s.nextRunAt)} yours)</>}</> : 'none'}</Text>
          <Text size="sm">Subject: {s.subject}</Text>
          {s.description && <Text size="sm">{s.description}</Text>}
        </Stack>
      </Card>

      <Title order={2} size="h3">Recipients</Title>
      <List spacing={4}>
        {s.recipients.map((r) => (
          <List.Item key={r.id}>
            <Group gap="xs">
              <Text size="sm">{r.displayName ? `${r.displayName} <${r.email}>` : r.email}</Text>
              {r.isSubscribed ? <Badge variant="outline" color="#237032">subscribed</Badge> : <Badge variant="outline" color="#495057">unsubscribed {formatLocal(r.unsubscribedAt)}</Badge>}
            </Group>
          </List.Item>
        ))}
      </List>

      <Title order={2} size="h3">History</Title>
      {s.recentExecutions.length === 0 && <Text c="dimmed">No runs yet.</Text>}
      <Stack>
        {s.recentExecutions.map((e) => (
          <Card key={e.id} withBorder>
            <Stack gap="xs">
              <Group justify="space-between">
                <Anchor component={Link} to={`/executions/${encodeURIComponent(e.id)}`} size="sm" fw={600}>{formatLocal(e.scheduledFor)} · {e.trigger.toLowerCase()}{e.periodLabel ? ` · ${e.periodLabel}` : ''}</Anchor>
                <StatusBadge status={e.status} />
              </Group>
              {e.errorMessage && <Text size="sm" c="red.8">{e.errorMessage}</Text>}
              {e.rowCount != null && <Text size="sm">{e.rowCount.toLocaleString()} rows</Text>}
              {e.artifacts.length > 0 && (
                <ArtifactLinks files={e.artifacts} />
              )}
              {e.deliveries.length > 0 && (
                <DeliveryTable toLabel="Recipient" rows={e.deliveries.map((d) => ({ ...d, to: d.email }))} />
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
