import { graphql } from '../../../gql';

export const EditorData = graphql(`
  query EditorData {
    reportTypes {
      key displayName description isAvailable unavailableReason formats
      parameters { name displayName description type required defaultValue minimum maximum maxLength choices allowed hasOptions }
    }
  }
`);

export const ScheduleToEdit = graphql(`
  query ScheduleToEdit($id: ID!) {
    schedule(id: $id) {
      id name description reportTypeKey parameters timeZone formats subject message
      recurrence { kind timeOfDay weekdays dayOfMonth lastDayOfMonth cronExpression businessDaysOnly startDate endDate }
      recipients { id email displayName }
    }
  }
`);

export const PreviewRecurrence = graphql(`
  query PreviewRecurrence($recurrence: RecurrenceInput!, $timeZone: String!) {
    previewRecurrence(recurrence: $recurrence, timeZone: $timeZone) {
      description occurrences
      errors { code message path }
    }
  }
`);

export const ParameterOptions = graphql(`
  query ParameterOptions($key: String!) {
    reportType(key: $key) { key parameters { name hasOptions options(first: 100) { value label } } }
  }
`);

export const CreateSchedule = graphql(`
  mutation CreateSchedule($input: CreateScheduleInput!) {
    createSchedule(input: $input) { schedule { id } errors { code message path } }
  }
`);

export const UpdateSchedule = graphql(`
  mutation UpdateSchedule($input: UpdateScheduleInput!) {
    updateSchedule(input: $input) { schedule { id name } errors { code message path } }
  }
`);

export const PreviewReport = graphql(`
  mutation PreviewReport($input: PreviewReportInput!) {
    previewReport(input: $input) {
      files { format fileName sizeBytes url }
      periodLabel rows expiresAt
      errors { code message path }
    }
  }
`);
