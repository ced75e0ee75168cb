/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Conditions on a Boolean value; all given conditions must hold. */
export type BooleanOperationFilterInput = {
  /** All of these conditions on the value must hold. */
  and?: Array<BooleanOperationFilterInput> | null | undefined;
  /** Equal to (null: the value is null). */
  eq?: boolean | null | undefined;
  /** Not equal to (null: the value is not null). */
  neq?: boolean | null | undefined;
  /** At least one of these conditions on the value must hold. */
  or?: Array<BooleanOperationFilterInput> | null | undefined;
};

/** Input of changePassword. */
export type ChangePasswordInput = {
  /** Your current password. */
  currentPassword: string;
  /** The new password, at least 12 characters. */
  newPassword: string;
};

/** Input of createApiKey. */
export type CreateApiKeyInput = {
  /** What the key is for, e.g. "nightly export job". */
  name: string;
};

/** Everything a new schedule needs. */
export type CreateScheduleInput = {
  /** Optional longer description. */
  description?: string | null | undefined;
  /** Files to attach; at least one, each supported by the report type. */
  formats: Array<ReportFormat>;
  /** Start paused when false. Default true. */
  isActive?: boolean | null | undefined;
  /** Optional message shown at the top of every email. */
  message?: string | null | undefined;
  /** A name people recognise, e.g. "Tutor weekly — all tutors". */
  name: string;
  /** Parameter values by name as a JSON object, e.g. `{ tutorId: "all" }`; defaults fill the rest. */
  parameters?: unknown;
  /** At least one recipient. */
  recipients: Array<RecipientInput>;
  /** When it runs. */
  recurrence: RecurrenceInput;
  /** Key of the report type, e.g. "tutor-weekly" (see reportTypes). */
  reportType: string;
  /** When a run is sent: ALWAYS (default), HAS_ROWS, or KPI with a condition, e.g. `{ kind: KPI, kpi: "payersFlagged", operator: GT, threshold: 0 }`. */
  sendWhen?: SendWhenInput | null | undefined;
  /** Email subject with placeholders, e.g. "{{name}} — {{period}}". Default "{{report}} — {{period}}". */
  subject?: string | null | undefined;
  /** IANA time zone id, e.g. "Europe/Berlin" or "America/New_York". */
  timeZone: string;
  /** Slack, Teams or signed JSON webhooks to post every run to, besides the emails (at most 10). */
  webhooks?: Array<WebhookInput> | null | undefined;
};

/** Conditions on a DateTime value; all given conditions must hold. */
export type DateTimeOperationFilterInput = {
  /** All of these conditions on the value must hold. */
  and?: Array<DateTimeOperationFilterInput> | null | undefined;
  /** Equal to (null: the value is null). */
  eq?: string | null | undefined;
  /** Greater than. */
  gt?: string | null | undefined;
  /** Greater than or equal to. */
  gte?: string | null | undefined;
  /** Equal to one of these values. */
  in?: Array<string> | null | undefined;
  /** Less than. */
  lt?: string | null | undefined;
  /** Less than or equal to. */
  lte?: string | null | undefined;
  /** Not equal to (null: the value is not null). */
  neq?: string | null | undefined;
  /** Not greater than. */
  ngt?: string | null | undefined;
  /** Not greater than or equal to. */
  ngte?: string | null | undefined;
  /** Equal to none of these values. */
  nin?: Array<string> | null | undefined;
  /** Not less than. */
  nlt?: string | null | undefined;
  /** Not less than or equal to. */
  nlte?: string | null | undefined;
  /** At least one of these conditions on the value must hold. */
  or?: Array<DateTimeOperationFilterInput> | null | undefined;
};

/** A day of the week, for weekly recurrences; days are those of the schedule's time zone. */
export type DayOfWeek =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** Input of deleteUser: say what happens to the user's schedules. */
export type DeleteUserInput = {
  /** True deletes the user's schedules with their history instead. */
  deleteSchedules?: boolean | null | undefined;
  /** The user's global id. */
  id: string | number;
  /** The global id of an active user who takes the schedules over. */
  schedulesTo?: string | number | null | undefined;
};

/** Pending → Sent | Failed | Skipped (unsubscribed). */
export type DeliveryStatus =
  /** Refused for good, or still failing when retries ended; lastReply has the server's answer. */
  | 'FAILED'
  /** Not final: not yet sent, or waiting for its next attempt (nextAttemptAt) after transient failures. */
  | 'PENDING'
  /** The mail server accepted it (sentAt, messageId). */
  | 'SENT'
  /** Not sent: the recipient had unsubscribed. */
  | 'SKIPPED';

/** Whether a download link from a report email still downloads, and if not, why. */
export type DownloadLinkStatus =
  /** The file can be downloaded from `url` until `expiresAt`. */
  | 'AVAILABLE'
  /** The link's time is up (`expiresAt` says when); the sender can run the report again for a new link. */
  | 'EXPIRED'
  /** Not a download link of this server: copied incompletely, altered, or made by another installation. */
  | 'NOT_VALID'
  /** The file was removed under the retention policy (or its schedule was deleted) after the email was sent. */
  | 'REMOVED';

/** Input of endSession. */
export type EndSessionInput = {
  /** The session's global id (Session.id, e.g. from the `sessions` of `me`). */
  id: string | number;
};

/** Input of endUserSessions. */
export type EndUserSessionsInput = {
  /** The user's global id. */
  userId: string | number;
};

/** Queued → Running (→ Delivering) → Succeeded | Partial | Failed | ConditionNotMet; or Missed when an occurrence was skipped. */
export type ExecutionStatus =
  /** Generated, but the schedule's sendWhen condition was not met, so nothing was sent. */
  | 'CONDITION_NOT_MET'
  /** Generated; some deliveries wait in the store for their next attempt. Final once every delivery is. */
  | 'DELIVERING'
  /** The report could not be generated, or every delivery failed; errorMessage says why. */
  | 'FAILED'
  /** Occurrence passed while the service was down, beyond the grace window. */
  | 'MISSED'
  /** Generated, but some deliveries failed. */
  | 'PARTIAL'
  /** Waiting for a node of the cluster to start it. */
  | 'QUEUED'
  /** A node is generating the report (and then sending the emails). */
  | 'RUNNING'
  /** Generated and every email sent (or skipped for an unsubscribed recipient). */
  | 'SUCCEEDED';

/** Why an execution ran. */
export type ExecutionTrigger =
  /** "Run now". */
  | 'MANUAL'
  /** A scheduled occurrence. */
  | 'SCHEDULED'
  /** "Send a test" to the caller only. */
  | 'TEST';

/** Conditions on a Int value; all given conditions must hold. */
export type IntOperationFilterInput = {
  /** All of these conditions on the value must hold. */
  and?: Array<IntOperationFilterInput> | null | undefined;
  /** Equal to (null: the value is null). */
  eq?: number | null | undefined;
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal to. */
  gte?: number | null | undefined;
  /** Equal to one of these values. */
  in?: Array<number> | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal to. */
  lte?: number | null | undefined;
  /** Not equal to (null: the value is not null). */
  neq?: number | null | undefined;
  /** Not greater than. */
  ngt?: number | null | undefined;
  /** Not greater than or equal to. */
  ngte?: number | null | undefined;
  /** Equal to none of these values. */
  nin?: Array<number> | null | undefined;
  /** Not less than. */
  nlt?: number | null | undefined;
  /** Not less than or equal to. */
  nlte?: number | null | undefined;
  /** At least one of these conditions on the value must hold. */
  or?: Array<IntOperationFilterInput> | null | undefined;
};

/** Input of inviteUser. */
export type InviteUserInput = {
  /** Their email: the invitation goes there and they sign in with it. */
  email: string;
  /** Display name, 1 to 200 characters. */
  name: string;
  /** MEMBER (the default) or ADMIN. */
  role: UserRole;
};

/** How a KPI's value is compared with the threshold. */
export type KpiOperator =
  /** Equal. */
  | 'EQ'
  /** Greater than. */
  | 'GT'
  /** Greater than or equal. */
  | 'GTE'
  /** Less than. */
  | 'LT'
  /** Less than or equal. */
  | 'LTE'
  /** Not equal. */
  | 'NEQ';

/** Input of previewReport: the report part of createSchedule's input. */
export type PreviewReportInput = {
  /** Files to render; at least one, each supported by the report type. */
  formats: Array<ReportFormat>;
  /** Parameter values by name as a JSON object, e.g. `{ tutorId: "all" }`; defaults fill the rest. */
  parameters?: unknown;
  /** The schedule's recurrence, which decides the period (its last complete one); default: the last full Monday–Sunday week. */
  recurrence?: RecurrenceInput | null | undefined;
  /** Key of the report type, e.g. "tutor-weekly" (see reportTypes). */
  reportType: string;
  /** IANA time zone id the period is counted in, e.g. "Europe/Berlin"; default UTC. */
  timeZone?: string | null | undefined;
};

/** Someone to send a schedule's emails to. */
export type RecipientInput = {
  /** Optional name used in the greeting. */
  displayName?: string | null | undefined;
  /** The address, e.g. "ada@example.org". */
  email: string;
  /** This reader's own parameter values as a JSON object, overriding the schedule's for them only, for example a tutorId; checked like the schedule's. A schedule with such recipients is personalised: each distinct set of values is generated once and every reader gets only the report of their own set. */
  parameters?: unknown;
};

/** When a schedule runs. Which fields apply depends on Kind; leave the others null. */
export type RecurrenceInput = {
  /** Only Monday to Friday. */
  businessDaysOnly?: boolean | null | undefined;
  /** Quartz cron with seconds, e.g. "0 30 7 ? * MON-FRI" (07:30 on weekdays). */
  cronExpression?: string | null | undefined;
  /** Day 1–31 of a monthly schedule; 29–31 run on the last day of shorter months. */
  dayOfMonth?: number | null | undefined;
  /** Last day (inclusive) in the schedule's time zone. */
  endDate?: string | null | undefined;
  /** DAILY, WEEKLY, MONTHLY or CRON. */
  kind: RecurrenceKind;
  /** Monthly on the last day of every month instead of a day number. */
  lastDayOfMonth?: boolean | null | undefined;
  /** First day (inclusive) in the schedule's time zone. */
  startDate?: string | null | undefined;
  /** Local time of day in the schedule's time zone, e.g. `"08:00"` (daily, weekly, monthly). */
  timeOfDay?: string | null | undefined;
  /** Days of a weekly schedule, e.g. `[MONDAY, THURSDAY]`. */
  weekdays?: Array<DayOfWeek> | null | undefined;
};

/** How a schedule repeats. */
export type RecurrenceKind =
  /** At the times a Quartz cron expression (with a seconds field) names. */
  | 'CRON'
  /** Every day at TimeOfDay. */
  | 'DAILY'
  /** On DayOfMonth (or the last day) of every month at TimeOfDay. */
  | 'MONTHLY'
  /** On each of Weekdays at TimeOfDay. */
  | 'WEEKLY';

/** The file formats the host can render a report to. */
export type ReportFormat =
  /** Comma-separated values, one file per table. */
  | 'CSV'
  /** Stand-alone HTML document with SVG charts. */
  | 'HTML'
  /** JSON document with KPIs, charts and table rows. */
  | 'JSON'
  /** Paginated PDF document with KPIs, charts and tables. */
  | 'PDF'
  /** Excel workbook, one sheet per table. */
  | 'XLSX';

/** The value type of a report parameter. */
export type ReportParameterType =
  /** True or false; values are Boolean. */
  | 'BOOLEAN'
  /** One of Choices; values are String. */
  | 'CHOICE'
  /** Calendar date (ISO 8601 yyyy-MM-dd); values are DateOnly. */
  | 'DATE'
  /** Decimal number; values are Decimal. */
  | 'DECIMAL'
  /** Whole number; values are Int64. */
  | 'INTEGER'
  /** Free text; values are String. */
  | 'STRING';

/** Input of requestPasswordReset. */
export type RequestPasswordResetInput = {
  /** The email you sign in with. */
  email: string;
};

/** Input of resetPassword. */
export type ResetPasswordInput = {
  /** The new password, at least 12 characters. */
  newPassword: string;
  /** The token from the emailed link (invitation or password reset). */
  token: string;
};

/** Input of revokeApiKey. */
export type RevokeApiKeyInput = {
  /** The key's global id. */
  id: string | number;
};

/** Input of saveSmtpSettings: the settings to save. A null password or access token keeps the saved one. */
export type SaveSmtpSettingsInput = {
  /** New OAuth 2.0 access token for XOAUTH2; null keeps the saved one (only while host, port, security and user name stay the same), empty string removes it. It is used as it is: ReportGraph does not refresh it, so paste a new one before it expires. */
  accessToken?: string | null | undefined;
  /** PASSWORD (when omitted) or XOAUTH2 (a user name and an OAuth 2.0 access token). */
  authentication?: SmtpAuthentication | null | undefined;
  /** Sender address. */
  fromAddress: string;
  /** Sender display name. */
  fromName?: string | null | undefined;
  /** Host name or address, e.g. "smtp.example.com". */
  host: string;
  /** New password; null keeps the saved one (only while host, port, security and user name stay the same), empty string removes it. */
  password?: string | null | undefined;
  /** TCP port, 1–65535 (587 for STARTTLS, 25 for relays). */
  port: number;
  /** None, StartTls (port 587) or ImplicitTls (port 465). */
  security: SmtpSecurity;
  /** User for AUTH, or null/empty for none; required for XOAUTH2 (the mailbox the token belongs to). */
  userName?: string | null | undefined;
};

/** Changes to a schedule: fields left null keep their value. */
export type ScheduleChangesInput = {
  /** New description (empty text clears it). */
  description?: string | null | undefined;
  /** New formats. */
  formats?: Array<ReportFormat> | null | undefined;
  /** New message (empty text clears it). */
  message?: string | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New parameter values (replace all; defaults fill the rest). */
  parameters?: unknown;
  /** New recurrence; the next run is recomputed. */
  recurrence?: RecurrenceInput | null | undefined;
  /** New send condition, e.g. `{ kind: ALWAYS }` to send every run again. */
  sendWhen?: SendWhenInput | null | undefined;
  /** New subject template. */
  subject?: string | null | undefined;
  /** New IANA time zone id; the next run is recomputed. */
  timeZone?: string | null | undefined;
};

/** Conditions on Schedule items; all given conditions must hold. */
export type ScheduleFilterInput = {
  /** All of these conditions must hold. */
  and?: Array<ScheduleFilterInput> | null | undefined;
  /** Conditions on consecutiveFailures. */
  consecutiveFailures?: IntOperationFilterInput | null | undefined;
  /** Conditions on createdAt. */
  createdAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on description. */
  description?: StringOperationFilterInput | null | undefined;
  /** Conditions on isActive. */
  isActive?: BooleanOperationFilterInput | null | undefined;
  /** Conditions on lastRunAt. */
  lastRunAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on message. */
  message?: StringOperationFilterInput | null | undefined;
  /** Conditions on name. */
  name?: StringOperationFilterInput | null | undefined;
  /** Conditions on nextRunAt. */
  nextRunAt?: DateTimeOperationFilterInput | null | undefined;
  /** At least one of these conditions must hold. */
  or?: Array<ScheduleFilterInput> | null | undefined;
  /** Conditions on pausedReason. */
  pausedReason?: StringOperationFilterInput | null | undefined;
  /** Conditions on reportTypeKey. */
  reportTypeKey?: StringOperationFilterInput | null | undefined;
  /** Conditions on subject. */
  subject?: StringOperationFilterInput | null | undefined;
  /** Conditions on timeZone. */
  timeZone?: StringOperationFilterInput | null | undefined;
  /** Conditions on updatedAt. */
  updatedAt?: DateTimeOperationFilterInput | null | undefined;
};

/** A schedule's send condition. */
export type SendWhenInput = {
  /** ALWAYS (default), HAS_ROWS or KPI. */
  kind: SendWhenKind;
  /** For KPI: the key of one of the report type's KPIs (ReportType.kpis), e.g. "payersFlagged". */
  kpi?: string | null | undefined;
  /** For KPI: GT, GTE, LT, LTE, EQ or NEQ. */
  operator?: KpiOperator | null | undefined;
  /** For KPI: the number the KPI's value is compared with; percentages are fractions (0.9 is 90 %). */
  threshold?: number | null | undefined;
};

/** When a run's report is sent: always, only with rows, or when a KPI meets a condition. */
export type SendWhenKind =
  /** Every run is sent (the default). */
  | 'ALWAYS'
  /** Only when the report has at least one row over all its tables. */
  | 'HAS_ROWS'
  /** Only when a KPI of the report meets a condition, e.g. payersFlagged GT 0. */
  | 'KPI';

/** Input of signIn. */
export type SignInInput = {
  /** Your email. */
  email: string;
  /** Your password. */
  password: string;
};

/** How ReportGraph proves who it is to the SMTP server. */
export type SmtpAuthentication =
  /** User name and password (AUTH PLAIN or LOGIN, whichever the server offers), or none without a user name. */
  | 'PASSWORD'
  /** User name and an OAuth 2.0 access token (AUTH XOAUTH2), for Microsoft 365 and Gmail. */
  | 'XOAUTH2';

/** How the connection to the SMTP server is secured. */
export type SmtpSecurity =
  /** TLS from the first byte (port 465). */
  | 'IMPLICIT_TLS'
  /** Plain connection (local relays and test servers only). */
  | 'NONE'
  /** Plain connection upgraded with STARTTLS (port 587). */
  | 'START_TLS';

/** Conditions on a String value; all given conditions must hold. */
export type StringOperationFilterInput = {
  /** All of these conditions on the value must hold. */
  and?: Array<StringOperationFilterInput> | null | undefined;
  /** Contains this text (case-sensitivity follows the database's collation). */
  contains?: string | null | undefined;
  /** Ends with this text. */
  endsWith?: string | null | undefined;
  /** Equal to (null: the value is null). */
  eq?: string | null | undefined;
  /** Equal to one of these values. */
  in?: Array<string> | null | undefined;
  /** Does not contain this text. */
  ncontains?: string | null | undefined;
  /** Does not end with this text. */
  nendsWith?: string | null | undefined;
  /** Not equal to (null: the value is not null). */
  neq?: string | null | undefined;
  /** Equal to none of these values. */
  nin?: Array<string> | null | undefined;
  /** Does not start with this text. */
  nstartsWith?: string | null | undefined;
  /** At least one of these conditions on the value must hold. */
  or?: Array<StringOperationFilterInput> | null | undefined;
  /** Starts with this text. */
  startsWith?: string | null | undefined;
};

/** Input of testSmtpSettings: the settings to try. A null password or access token uses the saved one. */
export type TestSmtpSettingsInput = {
  /** New OAuth 2.0 access token for XOAUTH2; null keeps the saved one (only while host, port, security and user name stay the same), empty string removes it. It is used as it is: ReportGraph does not refresh it, so paste a new one before it expires. */
  accessToken?: string | null | undefined;
  /** PASSWORD (when omitted) or XOAUTH2 (a user name and an OAuth 2.0 access token). */
  authentication?: SmtpAuthentication | null | undefined;
  /** Sender address. */
  fromAddress: string;
  /** Sender display name. */
  fromName?: string | null | undefined;
  /** Host name or address, e.g. "smtp.example.com". */
  host: string;
  /** New password; null keeps the saved one (only while host, port, security and user name stay the same), empty string removes it. */
  password?: string | null | undefined;
  /** TCP port, 1–65535 (587 for STARTTLS, 25 for relays). */
  port: number;
  /** None, StartTls (port 587) or ImplicitTls (port 465). */
  security: SmtpSecurity;
  /** User for AUTH, or null/empty for none; required for XOAUTH2 (the mailbox the token belongs to). */
  userName?: string | null | undefined;
};

/** Input of updateSchedule. */
export type UpdateScheduleInput = {
  /** The fields to change; null fields keep their value. */
  changes: ScheduleChangesInput;
  /** The schedule's global id. */
  id: string | number;
};

/** Input of updateUser: only the fields given change. */
export type UpdateUserInput = {
  /** True disables the account (sessions end, API keys stop working); false enables it again. */
  disabled?: boolean | null | undefined;
  /** The user's global id. */
  id: string | number;
  /** New display name. */
  name?: string | null | undefined;
  /** New role. */
  role?: UserRole | null | undefined;
};

/** What a user may do: admins see and change everything, members only what they own. */
export type UserRole =
  /** Sees and changes everything. */
  | 'ADMIN'
  /** Sees and changes only their own schedules, executions, artifacts and settings. */
  | 'MEMBER';

/** A webhook to post every run to. */
export type WebhookInput = {
  /** SLACK, TEAMS or JSON. */
  kind: WebhookKind;
  /** A name people recognise, e.g. "#finance". */
  name: string;
  /** JSON only, required there (16–256 characters): the key of the HMAC-SHA256 signature in X-ReportGraph-Signature. Write-only: it is stored encrypted and never shown again. */
  secret?: string | null | undefined;
  /** The endpoint, e.g. "https://hooks.slack.com/services/…"; https (plain http only for private hosts when the host allows them). */
  url: string;
};

/** What a webhook expects: a Slack message, a Teams card, or the signed generic JSON body. */
export type WebhookKind =
  /** Any HTTPS endpoint: the execution as JSON, signed with HMAC-SHA256 (X-ReportGraph-Signature). */
  | 'JSON'
  /** A Slack-compatible incoming webhook (also Mattermost, Rocket.Chat). */
  | 'SLACK'
  /** A Microsoft Teams incoming webhook or Workflows "when a webhook request is received": an Adaptive Card. */
  | 'TEAMS';

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { done: boolean, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { me: { id: string, sessions: Array<{ id: string, createdAt: string, lastSeenAt: string, expiresAt: string, userAgent: string | null, clientAddress: string | null, current: boolean }> } | null };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: { endedCount: number, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type EndSessionMutationVariables = Exact<{
  input: EndSessionInput;
}>;


export type EndSessionMutation = { endSession: { endedCount: number, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type SignOutHereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutHereMutation = { signOut: { errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type MyApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiKeysQuery = { me: { id: string, apiKeys: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } | null };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string | null, apiKey: { id: string, name: string } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, revokedAt: string | null } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type AdminDeleteUserMutationVariables = Exact<{
  input: DeleteUserInput;
}>;


export type AdminDeleteUserMutation = { deleteUser: { deletedUserId: string | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type AdminInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type AdminInviteUserMutation = { inviteUser: { emailSent: boolean, emailDetail: string | null, user: { id: string, email: string } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type AdminReportTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminReportTypesQuery = { reportTypes: Array<{ key: string, displayName: string | null, description: string | null, version: string | null, isAvailable: boolean, unavailableReason: string | null, formats: Array<ReportFormat>, parameters: Array<{ name: string }> }> };

export type SmtpSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SmtpSettingsQuery = { smtpSettings: { host: string, port: number, security: SmtpSecurity, userName: string | null, hasPassword: boolean, fromAddress: string, fromName: string | null, updatedAt: string, authentication: SmtpAuthentication, hasAccessToken: boolean } | null, smtpPresets: Array<{ key: string, name: string, host: string, port: number, security: SmtpSecurity, userNameHint: string, notes: string }> };

export type SaveSmtpSettingsMutationVariables = Exact<{
  input: SaveSmtpSettingsInput;
}>;


export type SaveSmtpSettingsMutation = { saveSmtpSettings: { smtpSettings: { host: string, port: number, security: SmtpSecurity, userName: string | null, hasPassword: boolean, fromAddress: string, fromName: string | null, updatedAt: string, authentication: SmtpAuthentication, hasAccessToken: boolean } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type TestSmtpSettingsMutationVariables = Exact<{
  input: TestSmtpSettingsInput;
}>;


export type TestSmtpSettingsMutation = { testSmtpSettings: { result: { succeeded: boolean, code: string, message: string } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, email: string, name: string, role: UserRole, createdAt: string, disabledAt: string | null, hasPassword: boolean, sessions: Array<{ id: string, lastSeenAt: string }> }> | null } };

export type AdminUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { updateUser: { user: { id: string, role: UserRole, disabledAt: string | null } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type AdminEndUserSessionsMutationVariables = Exact<{
  input: EndUserSessionsInput;
}>;


export type AdminEndUserSessionsMutation = { endUserSessions: { endedCount: number, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { done: boolean, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { done: boolean, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string, email: string, name: string, role: UserRole } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: UserRole } | null };

export type ExecutionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ExecutionDetailQuery = { execution: { id: string, trigger: ExecutionTrigger, status: ExecutionStatus, scheduledFor: string, startedAt: string | null, finishedAt: string | null, durationMs: number | null, rowCount: number | null, errorMessage: string | null, periodLabel: string | null, attempt: number, conditionReason: string | null, schedule: { id: string, name: string, timeZone: string }, artifacts: Array<{ id: string, format: ReportFormat, fileName: string, sizeBytes: number, downloadPath: string }>, deliveries: Array<{ id: string, target: string, status: DeliveryStatus, attempts: number, lastReply: string | null, sentAt: string | null, nextAttemptAt: string | null }> } | null };

export type DownloadLinkByTokenQueryVariables = Exact<{
  token: string;
}>;


export type DownloadLinkByTokenQuery = { downloadLink: { status: DownloadLinkStatus, fileName: string | null, format: ReportFormat | null, sizeBytes: number | null, expiresAt: string | null, scheduleName: string | null, periodLabel: string | null, scheduledFor: string | null, url: string | null } };

export type UnsubscribeByTokenMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeByTokenMutation = { unsubscribe: { scheduleName: string | null, email: string | null, isSubscribed: boolean | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type ResubscribeByTokenMutationVariables = Exact<{
  token: string;
}>;


export type ResubscribeByTokenMutation = { resubscribe: { scheduleName: string | null, email: string | null, isSubscribed: boolean | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type ExecutionProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ExecutionProgressSubscription = { executionProgress: { id: string, status: ExecutionStatus, rowCount: number | null, errorMessage: string | null, deliveries: Array<{ id: string, email: string, status: DeliveryStatus }> } };

export type ScheduleDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ScheduleDetailQuery = { schedule: { id: string, name: string, description: string | null, isActive: boolean, timeZone: string, nextRunAt: string | null, lastRunAt: string | null, formats: Array<ReportFormat>, subject: string, reportTypeKey: string, reportType: { key: string, displayName: string | null } | null, recurrence: { description: string }, recipients: Array<{ id: string, email: string, displayName: string | null, isSubscribed: boolean, unsubscribedAt: string | null }>, recentExecutions: Array<{ id: string, trigger: ExecutionTrigger, status: ExecutionStatus, scheduledFor: string, startedAt: string | null, finishedAt: string | null, rowCount: number | null, errorMessage: string | null, periodLabel: string | null, artifacts: Array<{ id: string, format: ReportFormat, fileName: string, sizeBytes: number, downloadPath: string }>, deliveries: Array<{ id: string, email: string, status: DeliveryStatus, attempts: number, lastReply: string | null, sentAt: string | null }> }> } | null };

export type PauseScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseScheduleMutation = { pauseSchedule: { schedule: { id: string, isActive: boolean, nextRunAt: string | null } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type ResumeScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeScheduleMutation = { resumeSchedule: { schedule: { id: string, isActive: boolean, nextRunAt: string | null } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type RunScheduleNowMutationVariables = Exact<{
  id: string | number;
}>;


export type RunScheduleNowMutation = { runScheduleNow: { execution: { id: string, status: ExecutionStatus } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type SendTestReportMutationVariables = Exact<{
  id: string | number;
}>;


export type SendTestReportMutation = { sendTestReport: { execution: { id: string, status: ExecutionStatus } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type DeleteScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteScheduleMutation = { deleteSchedule: { deletedScheduleId: string | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type SchedulesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: ScheduleFilterInput | null | undefined;
}>;


export type SchedulesQuery = { schedules: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, isActive: boolean, timeZone: string, nextRunAt: string | null, reportTypeKey: string, reportType: { key: string, displayName: string | null } | null, recurrence: { description: string }, lastExecution: { id: string, status: ExecutionStatus, finishedAt: string | null } | null }> | null } };

export type EditorDataQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorDataQuery = { reportTypes: Array<{ key: string, displayName: string | null, description: string | null, isAvailable: boolean, unavailableReason: string | null, formats: Array<ReportFormat>, parameters: Array<{ name: string, displayName: string, description: string | null, type: ReportParameterType, required: boolean, defaultValue: unknown, minimum: number | null, maximum: number | null, maxLength: number | null, choices: Array<string> | null, allowed: string, hasOptions: boolean }> }> };

export type ScheduleToEditQueryVariables = Exact<{
  id: string | number;
}>;


export type ScheduleToEditQuery = { schedule: { id: string, name: string, description: string | null, reportTypeKey: string, parameters: unknown, timeZone: string, formats: Array<ReportFormat>, subject: string, message: string | null, recurrence: { kind: RecurrenceKind, timeOfDay: string | null, weekdays: Array<DayOfWeek>, dayOfMonth: number | null, lastDayOfMonth: boolean, cronExpression: string | null, businessDaysOnly: boolean, startDate: string | null, endDate: string | null }, recipients: Array<{ id: string, email: string, displayName: string | null }> } | null };

export type PreviewRecurrenceQueryVariables = Exact<{
  recurrence: RecurrenceInput;
  timeZone: string;
}>;


export type PreviewRecurrenceQuery = { previewRecurrence: { description: string | null, occurrences: Array<string>, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type ParameterOptionsQueryVariables = Exact<{
  key: string;
}>;


export type ParameterOptionsQuery = { reportType: { key: string, parameters: Array<{ name: string, hasOptions: boolean, options: Array<{ value: unknown, label: string }> }> } | null };

export type CreateScheduleMutationVariables = Exact<{
  input: CreateScheduleInput;
}>;


export type CreateScheduleMutation = { createSchedule: { schedule: { id: string } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type UpdateScheduleMutationVariables = Exact<{
  input: UpdateScheduleInput;
}>;


export type UpdateScheduleMutation = { updateSchedule: { schedule: { id: string, name: string } | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type PreviewReportMutationVariables = Exact<{
  input: PreviewReportInput;
}>;


export type PreviewReportMutation = { previewReport: { periodLabel: string | null, rows: number | null, expiresAt: string | null, files: Array<{ format: ReportFormat, fileName: string, sizeBytes: number, url: string }> | null, errors: Array<{ code: string, message: string, path: Array<string | number> }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { errors: Array<{ code: string, message: string, path: Array<string | number> }> } };


export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const EndSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<EndSessionMutation, EndSessionMutationVariables>;
export const SignOutHereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutHere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutHereMutation, SignOutHereMutationVariables>;
export const MyApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyApiKeysQuery, MyApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AdminDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeleteUserMutation, AdminDeleteUserMutationVariables>;
export const AdminInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailSent"}},{"kind":"Field","name":{"kind":"Name","value":"emailDetail"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<AdminInviteUserMutation, AdminInviteUserMutationVariables>;
export const AdminReportTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminReportTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminReportTypesQuery, AdminReportTypesQueryVariables>;
export const SmtpSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmtpSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smtpSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"security"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"fromAddress"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authentication"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccessToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smtpPresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"security"}},{"kind":"Field","name":{"kind":"Name","value":"userNameHint"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<SmtpSettingsQuery, SmtpSettingsQueryVariables>;
export const SaveSmtpSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSmtpSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSmtpSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSmtpSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smtpSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"security"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"fromAddress"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authentication"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccessToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<SaveSmtpSettingsMutation, SaveSmtpSettingsMutationVariables>;
export const TestSmtpSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestSmtpSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestSmtpSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testSmtpSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<TestSmtpSettingsMutation, TestSmtpSettingsMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const AdminEndUserSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminEndUserSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndUserSessionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endUserSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEndUserSessionsMutation, AdminEndUserSessionsMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ExecutionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExecutionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"execution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"conditionReason"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastReply"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}}]} as unknown as DocumentNode<ExecutionDetailQuery, ExecutionDetailQueryVariables>;
export const DownloadLinkByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DownloadLinkByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleName"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<DownloadLinkByTokenQuery, DownloadLinkByTokenQueryVariables>;
export const UnsubscribeByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribeByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isSubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<UnsubscribeByTokenMutation, UnsubscribeByTokenMutationVariables>;
export const ResubscribeByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubscribeByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isSubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<ResubscribeByTokenMutation, ResubscribeByTokenMutationVariables>;
export const ExecutionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExecutionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"executionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ExecutionProgressSubscription, ExecutionProgressSubscriptionVariables>;
export const ScheduleDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reportTypeKey"}},{"kind":"Field","name":{"kind":"Name","value":"reportType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isSubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentExecutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastReply"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleDetailQuery, ScheduleDetailQueryVariables>;
export const PauseScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<PauseScheduleMutation, PauseScheduleMutationVariables>;
export const ResumeScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeScheduleMutation, ResumeScheduleMutationVariables>;
export const RunScheduleNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunScheduleNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runScheduleNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"execution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<RunScheduleNowMutation, RunScheduleNowMutationVariables>;
export const SendTestReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"execution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<SendTestReportMutation, SendTestReportMutationVariables>;
export const DeleteScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedScheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteScheduleMutation, DeleteScheduleMutationVariables>;
export const SchedulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schedules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nextRunAt"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportTypeKey"}},{"kind":"Field","name":{"kind":"Name","value":"reportType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastExecution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchedulesQuery, SchedulesQueryVariables>;
export const EditorDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"hasOptions"}}]}}]}}]}}]} as unknown as DocumentNode<EditorDataQuery, EditorDataQueryVariables>;
export const ScheduleToEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleToEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportTypeKey"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"cronExpression"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysOnly"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleToEditQuery, ScheduleToEditQueryVariables>;
export const PreviewRecurrenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewRecurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recurrence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecurrenceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRecurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recurrence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recurrence"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewRecurrenceQuery, PreviewRecurrenceQueryVariables>;
export const ParameterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParameterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hasOptions"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParameterOptionsQuery, ParameterOptionsQueryVariables>;
export const CreateScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScheduleMutation, CreateScheduleMutationVariables>;
export const UpdateScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateScheduleMutation, UpdateScheduleMutationVariables>;
export const PreviewReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewReportMutation, PreviewReportMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;