import type { RecurrenceInput } from '../../../gql/graphql';
import { viewerZone } from '../../../shared/time';

export type EditorValues = {
  name: string;
  description: string;
  reportType: string;
  parameters: Record<string, unknown>;
  kind: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'CRON';
  timeOfDay: string;
  weekdays: string[];
  dayOfMonth: number | string;
  lastDayOfMonth: boolean;
  cronExpression: string;
  businessDaysOnly: boolean;
  startDate: string;
  endDate: string;
  timeZone: string;
  formats: string[];
  subject: string;
  recipients: string;
};

export const emptyValues: EditorValues = {
  name: '', description: '', reportType: '', parameters: {}, kind: 'WEEKLY', timeOfDay: '08:00', weekdays: ['MONDAY'],
  dayOfMonth: 1, lastDayOfMonth: false, cronExpression: '', businessDaysOnly: false, startDate: '', endDate: '',
  timeZone: viewerZone, formats: ['PDF'], subject: '{{report}} — {{period}}', recipients: '',
};

/** Only the fields that apply to the chosen kind, as createSchedule and previewRecurrence take them. */
export function toRecurrenceInput(v: EditorValues): RecurrenceInput {
  const r: RecurrenceInput = { kind: v.kind, startDate: v.startDate || null, endDate: v.endDate || null };
  if (v.kind === 'CRON') return { ...r, cronExpression: v.cronExpression };
  r.timeOfDay = v.timeOfDay;
  if (v.kind === 'WEEKLY') r.weekdays = v.weekdays as RecurrenceInput['weekdays'];
  else r.businessDaysOnly = v.businessDaysOnly;
  if (v.kind === 'MONTHLY') {
    if (v.lastDayOfMonth) r.lastDayOfMonth = true;
    else r.dayOfMonth = typeof v.dayOfMonth === 'number' ? v.dayOfMonth : null;
  }
  return r;
}
