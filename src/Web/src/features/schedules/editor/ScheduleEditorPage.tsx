import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ReportFormat } from '../../../gql/graphql';
import { byPath, type PayloadError } from '../../../shared/fieldErrors';
import { ErrorState, Loading } from '../../../shared/States';
import { CreateSchedule, EditorData, ParameterOptions, ScheduleToEdit, UpdateSchedule } from './documents';
import { emptyValues, toRecurrenceInput, type EditorValues } from './editorValues';
import { ParameterField, type Option } from './ParameterField';
import { parseRecipients } from './recipients';
import { RecurrenceFields } from './RecurrenceFields';
import { PreviewCard } from './PreviewCard';
import { RecurrencePreviewCard } from './RecurrencePreview';
import { subjectExample } from './subjectExample';

const placeholders = ['name', 'report', 'date', 'period', 'recipient'];

/** Create (/schedules/new) or edit (/schedules/:id/edit) a schedule; the server's errors show at their fields. */
export default function ScheduleEditorPage() {
  const { id } = useParams();
  const editing = id != null;
  const navigate = useNavigate();
  const types = useQuery(EditorData);
  const existing = useQuery(ScheduleToEdit, { variables: { id: id ?? '' }, skip: !editing });
  const [create, creating] = useMutation(CreateSchedule);
  const [update, updating] = useMutation(UpdateSchedule);
  const [serverErrors, setServerErrors] = useState<PayloadError[]>([]);
  const [preview, setPreview] = useState<Parameters<typeof PreviewCard>[0]['preview']>(null);
  const form = useForm<EditorValues>({ initialValues: emptyValues });
  const reportType = types.data?.reportTypes.find((t) => t.key === form.values.reportType);
  const options = useQuery(ParameterOptions, { variables: { key: form.values.reportType }, skip: !reportType?.parameters.some((p) => p.hasOptions) });

  // Fill the form once from the saved schedule when editing.
  const schedule = existing.data?.schedule;
  useEffect(() => {
    if (!schedule) return;
    const r = schedule.recurrence;
    form.setValues({
      name: schedule.name, description: schedule.description ?? '', reportType: schedule.reportTypeKey,
      parameters: (schedule.parameters ?? {}) as Record<string, unknown>, kind: r.kind, timeOfDay: r.timeOfDay ?? '08:00',
      weekdays: r.weekdays, dayOfMonth: r.dayOfMonth ?? 1, lastDayOfMonth: r.lastDayOfMonth, cronExpression: r.cronExpression ?? '',
      businessDaysOnly: r.businessDaysOnly, startDate: r.startDate ?? '', endDate: r.endDate ?? '', timeZone: schedule.timeZone,
      formats: schedule.formats, subject: schedule.subject, recipients: schedule.recipients.map((x) => x.email).join('\n'),
    });
    form.resetDirty();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [schedule?.id]);

  const errors = useMemo(() => byPath(serverErrors), [serverErrors]);
  const recipients = useMemo(() => parseRecipients(form.values.recipients), [form.values.recipients]);
  const recipientErrors = serverErrors
    .filter((e) => e.path[0] === 'recipients')
    .map((e) => (typeof e.path[1] === 'number' ? `${recipients[e.path[1]]?.email ?? `Address ${e.path[1] + 1}`}: ${e.message}` : e.message));
  const shown = new Set(['name', 'description', 'reportType', 'timeZone', 'formats', 'subject', 'recurrence', 'parameters', 'recipients']);
  const elsewhere = serverErrors.filter((e) => !shown.has(String(e.path[0])) || (e.path[0] === 'parameters' && e.path.length === 1));

  if (types.loading || existing.loading) return <Loading label="Loading the editor" />;
  if (types.error) return <ErrorState error={types.error} retry={() => void types.refetch()} />;
  if (existing.error) return <ErrorState error={existing.error} retry={() => void existing.refetch()} />;

  const chooseType = (key: string | null) => {
    const t = types.data?.reportTypes.find((x) => x.key === key);
    form.setFieldValue('reportType', key ?? '');
    // Defaults from the report type; formats it cannot render are dropped.
    form.setFieldValue('parameters', Object.fromEntries((t?.parameters ?? []).map((p) => [p.name, p.defaultValue ?? null])));
    if (t) form.setFieldValue('formats', form.values.formats.filter((f) => t.formats.includes(f as ReportFormat)));
  };

  const submit = form.onSubmit(async (v) => {
    const parameters = Object.fromEntries(Object.entries(v.parameters).filter(([, x]) => x !== null && x !== ''));
    const common = {
      name: v.name, description: v.description || null, parameters, recurrence: toRecurrenceInput(v), timeZone: v.timeZone,
      formats: v.formats as ReportFormat[], subject: v.subject,
    };
    try {
      if (editing) {
        const { data } = await update({ variables: { input: { id: id!, changes: common } } });
        const errs = (data?.updateSchedule.errors ?? []).map((e) => ({ ...e, path: e.path[0] === 'changes' ? e.path.slice(1) : e.path }));
        setServerErrors(errs);
        if (errs.length === 0) navigate(`/schedules/${encodeURIComponent(id!)}`);
      } else {
        const { data } = await create({ variables: { input: { ...common, reportType: v.reportType, recipients } } });
        const errs = data?.createSchedule.errors ?? [];
        setServerErrors(errs);
        const created = data?.createSchedule.schedule;
        if (created) navigate(`/schedules/${encodeURIComponent(created.id)}`);
      }
    } catch (e) {
      setServerErrors([{ code: 'NETWORK', message: e instanceof Error ? e.message : 'Saving failed.', path: [] }]);
    }
  });

  const optionsFor = (name: string): Option[] | undefined =>
    options.data?.reportType?.parameters.find((p) => p.name === name && p.hasOptions)?.options.map((o) => ({ value: String(o.value), label: o.label, raw: o.value }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={880}>
        <Anchor component={Link} to={editing ? `/schedules/${encodeURIComponent(id!)}` : '/'} size="sm">← Back</Anchor>
        <Title order={1} size="h2">{editing ? `Edit ${schedule?.name ?? 'schedule'}` : 'New schedule'}</Title>
        {serverErrors.length > 0 && (
          <Alert color="red" role="alert" title="The schedule was not saved">
            {serverErrors.length === 1 ? 'One field needs attention.' : `${serverErrors.length} fields need attention.`}
            {elsewhere.map((e, i) => <Text key={i} size="sm">{e.message}</Text>)}
          </Alert>
        )}
        <Card withBorder>
          <Stack>
            <TextInput label="Name" required {...form.getInputProps('name')} error={errors.name} />
            <Textarea label="Description" autosize minRows={1} {...form.getInputProps('description')} error={errors.description} />
          </Stack>
        </Card>

        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">Report</Title>
            <Select
              label="Report type"
              required
              disabled={editing}
              placeholder="Choose a report"
              data={(types.data?.reportTypes ?? []).map((t) => ({ value: t.key, label: t.displayName ?? t.key, disabled: !t.isAvailable }))}
              value={form.values.reportType || null}
              onChange={chooseType}
              error={errors.reportType}
            />
            {reportType && <Text size="sm" c="dimmed">{reportType.description}{!reportType.isAvailable && ` Unavailable: ${reportType.unavailableReason}`}</Text>}
            {reportType?.parameters.map((p) => (
              <ParameterField
                key={p.name}
                p={p}
                value={form.values.parameters[p.name]}
                onChange={(v) => form.setFieldValue('parameters', { ...form.values.parameters, [p.name]: v })}
                error={errors[`parameters.${p.name}`]}
                options={optionsFor(p.name)}
                optionsLoading={p.hasOptions && options.loading}
              />
            ))}
            <Checkbox.Group label="Formats" required value={form.values.formats} onChange={(v) => form.setFieldValue('formats', v)} error={errors.formats}>
              <Group gap="md" mt={4}>
                {(reportType?.formats ?? ['PDF', 'XLSX', 'CSV', 'HTML', 'JSON']).map((f) => <Checkbox key={f} value={f} label={f} />)}
              </Group>
            </Checkbox.Group>
          </Stack>
        </Card>

        <Card withBorder>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Stack>
              <Title order={2} size="h4">When</Title>
              <RecurrenceFields form={form} errors={errors} />
            </Stack>
            <RecurrencePreviewCard recurrence={toRecurrenceInput(form.values)} timeZone={form.values.timeZone} />
          </SimpleGrid>
          {errors.recurrence && <Text size="sm" c="red.8" mt="xs">{errors.recurrence}</Text>}
        </Card>

        <Card withBorder>
          <PreviewCard values={form.values} supported={reportType?.formats ?? []} preview={preview} onPreview={setPreview} onErrors={setServerErrors} />
        </Card>

        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">Email</Title>
            <TextInput label="Subject" description={`Placeholders: ${placeholders.map((p) => `{{${p}}}`).join(' ')}`} {...form.getInputProps('subject')} error={errors.subject} />
            <Group gap={6} aria-label="Insert a placeholder" role="group">
              {placeholders.map((p) => (
                <Button key={p} size="compact-xs" variant="default" onClick={() => form.setFieldValue('subject', `${form.values.subject}{{${p}}}`)}>
                  {`{{${p}}}`}
                </Button>
              ))}
            </Group>
            <Text size="sm" aria-live="polite">
              Example: <Text span fw={600}>{subjectExample(form.values.subject, {
                name: form.values.name, report: reportType?.displayName ?? form.values.reportType, period: preview?.periodLabel, recipient: recipients[0]?.email,
              })}</Text>
            </Text>
            <Textarea
              label="Recipients"
              description={editing ? 'Change recipients on the schedule page.' : 'Paste many at once: one per line, or separated by commas or semicolons.'}
              required
              disabled={editing}
              autosize
              minRows={3}
              {...form.getInputProps('recipients')}
              error={recipientErrors.length > 0 ? recipientErrors.join(' ') : undefined}
            />
            {!editing && <Text size="sm" c="dimmed">{recipients.length} address{recipients.length === 1 ? '' : 'es'}</Text>}
          </Stack>
        </Card>

        <Group>
          <Button type="submit" loading={creating.loading || updating.loading}>{editing ? 'Save changes' : 'Create schedule'}</Button>
          <Button component={Link} to="/" variant="default">Cancel</Button>
        </Group>
      </Stack>
    </form>
  );
}
