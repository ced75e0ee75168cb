import { Checkbox, Chip, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { EditorValues } from './editorValues';

const days = [
  ['MONDAY', 'Mon'], ['TUESDAY', 'Tue'], ['WEDNESDAY', 'Wed'], ['THURSDAY', 'Thu'], ['FRIDAY', 'Fri'], ['SATURDAY', 'Sat'], ['SUNDAY', 'Sun'],
] as const;

const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

/** Daily / weekly / monthly (a day or the last day) / cron, business days, start and end dates, time zone. */
export function RecurrenceFields({ form, errors }: { form: UseFormReturnType<EditorValues>; errors: Record<string, string> }) {
  const kind = form.values.kind;
  const err = (field: string) => form.errors[field] as string | undefined ?? errors[`recurrence.${field}`];
  return (
    <Stack>
      <Select
        label="Repeats"
        data={[{ value: 'DAILY', label: 'Daily' }, { value: 'WEEKLY', label: 'Weekly' }, { value: 'MONTHLY', label: 'Monthly' }, { value: 'CRON', label: 'Cron expression' }]}
        allowDeselect={false}
        {...form.getInputProps('kind')}
        error={err('kind')}
      />
      {kind !== 'CRON' && <TextInput label="Time of day" type="time" required {...form.getInputProps('timeOfDay')} error={err('timeOfDay')} />}
      {kind === 'WEEKLY' && (
        <Stack gap={4}>
          <Text size="sm" fw={500} id="weekdays-label">On</Text>
          <Chip.Group multiple value={form.values.weekdays} onChange={(v) => form.setFieldValue('weekdays', v)}>
            <Group gap={6} role="group" aria-labelledby="weekdays-label">
              {days.map(([value, label]) => <Chip key={value} value={value} size="sm">{label}</Chip>)}
            </Group>
          </Chip.Group>
          {err('weekdays') && <Text size="xs" c="red.8">{err('weekdays')}</Text>}
        </Stack>
      )}
      {kind === 'MONTHLY' && (
        <Group align="flex-end">
          <Checkbox label="On the last day of the month" {...form.getInputProps('lastDayOfMonth', { type: 'checkbox' })} error={err('lastDayOfMonth')} />
          {!form.values.lastDayOfMonth && <NumberInput label="Day of month" min={1} max={31} {...form.getInputProps('dayOfMonth')} error={err('dayOfMonth')} />}
        </Group>
      )}
      {kind === 'CRON' && (
        <TextInput label="Cron expression" description="Quartz syntax with seconds, e.g. 0 0 8 ? * MON-FRI" {...form.getInputProps('cronExpression')} error={err('cronExpression')} />
      )}
      {kind !== 'CRON' && kind !== 'WEEKLY' && (
        <Checkbox label="Business days only (Monday to Friday)" {...form.getInputProps('businessDaysOnly', { type: 'checkbox' })} error={err('businessDaysOnly')} />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Start date" type="date" {...form.getInputProps('startDate')} error={err('startDate')} />
        <TextInput label="End date" type="date" {...form.getInputProps('endDate')} error={err('endDate')} />
      </SimpleGrid>
      <Select label="Time zone" searchable data={zones} allowDeselect={false} {...form.getInputProps('timeZone')} error={form.errors.timeZone as string | undefined ?? errors.timeZone} />
    </Stack>
  );
}
