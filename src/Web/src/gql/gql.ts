/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { done errors { code message path } }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MySessions { me { id sessions { id createdAt lastSeenAt expiresAt userAgent clientAddress current } } }\n": typeof types.MySessionsDocument,
    "\n  mutation SignOutEverywhere { signOutEverywhere { endedCount errors { code message path } } }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation EndSession($input: EndSessionInput!) { endSession(input: $input) { endedCount errors { code message path } } }\n": typeof types.EndSessionDocument,
    "\n  mutation SignOutHere { signOut { errors { code message path } } }\n": typeof types.SignOutHereDocument,
    "\n  query MyApiKeys { me { id apiKeys { id name createdAt lastUsedAt revokedAt } } }\n": typeof types.MyApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name } errors { code message path } } }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } errors { code message path } } }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation AdminDeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) { deletedUserId errors { code message path } }\n  }\n": typeof types.AdminDeleteUserDocument,
    "\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { user { id email } emailSent emailDetail errors { code message path } }\n  }\n": typeof types.AdminInviteUserDocument,
    "\n  query AdminReportTypes {\n    reportTypes { key displayName description version isAvailable unavailableReason formats parameters { name } }\n  }\n": typeof types.AdminReportTypesDocument,
    "\n  query SmtpSettings {\n    smtpSettings { host port security userName hasPassword fromAddress fromName updatedAt authentication hasAccessToken }\n    smtpPresets { key name host port security userNameHint notes }\n  }\n": typeof types.SmtpSettingsDocument,
    "\n  mutation SaveSmtpSettings($input: SaveSmtpSettingsInput!) {\n    saveSmtpSettings(input: $input) {\n      smtpSettings { host port security userName hasPassword fromAddress fromName updatedAt authentication hasAccessToken }\n      errors { code message path }\n    }\n  }\n": typeof types.SaveSmtpSettingsDocument,
    "\n  mutation TestSmtpSettings($input: TestSmtpSettingsInput!) {\n    testSmtpSettings(input: $input) { result { succeeded code message } errors { code message path } }\n  }\n": typeof types.TestSmtpSettingsDocument,
    "\n  query AdminUsers {\n    users(first: 100) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes { id email name role createdAt disabledAt hasPassword sessions { id lastSeenAt } }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { user { id role disabledAt } errors { code message path } }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  mutation AdminEndUserSessions($input: EndUserSessionsInput!) {\n    endUserSessions(input: $input) { endedCount errors { code message path } }\n  }\n": typeof types.AdminEndUserSessionsDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { done errors { code message path } }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { done errors { code message path } }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id email name role } errors { code message path } }\n  }\n": typeof types.SignInDocument,
    "\n  query Me {\n    me { id email name role }\n  }\n": typeof types.MeDocument,
    "\n  query ExecutionDetail($id: ID!) {\n    execution(id: $id) {\n      id trigger status scheduledFor startedAt finishedAt durationMs rowCount errorMessage periodLabel attempt conditionReason\n      schedule { id name timeZone }\n      artifacts { id format fileName sizeBytes downloadPath }\n      deliveries { id target status attempts lastReply sentAt nextAttemptAt }\n    }\n  }\n": typeof types.ExecutionDetailDocument,
    "\n  query DownloadLinkByToken($token: String!) {\n    downloadLink(token: $token) { status fileName format sizeBytes expiresAt scheduleName periodLabel scheduledFor url }\n  }\n": typeof types.DownloadLinkByTokenDocument,
    "\n  mutation UnsubscribeByToken($token: String!) {\n    unsubscribe(input: { token: $token }) { scheduleName email isSubscribed errors { code message path } }\n  }\n": typeof types.UnsubscribeByTokenDocument,
    "\n  mutation ResubscribeByToken($token: String!) {\n    resubscribe(input: { token: $token }) { scheduleName email isSubscribed errors { code message path } }\n  }\n": typeof types.ResubscribeByTokenDocument,
    "\n  subscription ExecutionProgress($id: ID!) {\n    executionProgress(executionId: $id) {\n      id status rowCount errorMessage\n      deliveries { id email status }\n    }\n  }\n": typeof types.ExecutionProgressDocument,
    "\n  query ScheduleDetail($id: ID!) {\n    schedule(id: $id) {\n      id name description isActive timeZone nextRunAt lastRunAt formats subject reportTypeKey\n      reportType { key displayName }\n      recurrence { description }\n      recipients { id email displayName isSubscribed unsubscribedAt }\n      recentExecutions(limit: 10) {\n        id trigger status scheduledFor startedAt finishedAt rowCount errorMessage periodLabel\n        artifacts { id format fileName sizeBytes downloadPath }\n        deliveries { id email status attempts lastReply sentAt }\n      }\n    }\n  }\n": typeof types.ScheduleDetailDocument,
    "\n  mutation PauseSchedule($id: ID!) { pauseSchedule(input: { id: $id }) { schedule { id isActive nextRunAt } errors { code message path } } }\n": typeof types.PauseScheduleDocument,
    "\n  mutation ResumeSchedule($id: ID!) { resumeSchedule(input: { id: $id }) { schedule { id isActive nextRunAt } errors { code message path } } }\n": typeof types.ResumeScheduleDocument,
    "\n  mutation RunScheduleNow($id: ID!) { runScheduleNow(input: { id: $id }) { execution { id status } errors { code message path } } }\n": typeof types.RunScheduleNowDocument,
    "\n  mutation SendTestReport($id: ID!) { sendTestReport(input: { id: $id }) { execution { id status } errors { code message path } } }\n": typeof types.SendTestReportDocument,
    "\n  mutation DeleteSchedule($id: ID!) { deleteSchedule(input: { id: $id }) { deletedScheduleId errors { code message path } } }\n": typeof types.DeleteScheduleDocument,
    "\n  query Schedules($first: Int!, $after: String, $where: ScheduleFilterInput) {\n    schedules(first: $first, after: $after, where: $where, order: [{ nextRunAt: ASC }]) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name isActive timeZone nextRunAt reportTypeKey\n        reportType { key displayName }\n        recurrence { description }\n        lastExecution { id status finishedAt }\n      }\n    }\n  }\n": typeof types.SchedulesDocument,
    "\n  query EditorData {\n    reportTypes {\n      key displayName description isAvailable unavailableReason formats\n      parameters { name displayName description type required defaultValue minimum maximum maxLength choices allowed hasOptions }\n    }\n  }\n": typeof types.EditorDataDocument,
    "\n  query ScheduleToEdit($id: ID!) {\n    schedule(id: $id) {\n      id name description reportTypeKey parameters timeZone formats subject message\n      recurrence { kind timeOfDay weekdays dayOfMonth lastDayOfMonth cronExpression businessDaysOnly startDate endDate }\n      recipients { id email displayName }\n    }\n  }\n": typeof types.ScheduleToEditDocument,
    "\n  query PreviewRecurrence($recurrence: RecurrenceInput!, $timeZone: String!) {\n    previewRecurrence(recurrence: $recurrence, timeZone: $timeZone) {\n      description occurrences\n      errors { code message path }\n    }\n  }\n": typeof types.PreviewRecurrenceDocument,
    "\n  query ParameterOptions($key: String!) {\n    reportType(key: $key) { key parameters { name hasOptions options(first: 100) { value label } } }\n  }\n": typeof types.ParameterOptionsDocument,
    "\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) { schedule { id } errors { code message path } }\n  }\n": typeof types.CreateScheduleDocument,
    "\n  mutation UpdateSchedule($input: UpdateScheduleInput!) {\n    updateSchedule(input: $input) { schedule { id name } errors { code message path } }\n  }\n": typeof types.UpdateScheduleDocument,
    "\n  mutation PreviewReport($input: PreviewReportInput!) {\n    previewReport(input: $input) {\n      files { format fileName sizeBytes url }\n      periodLabel rows expiresAt\n      errors { code message path }\n    }\n  }\n": typeof types.PreviewReportDocument,
    "\n  mutation SignOut { signOut { errors { code message path } } }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { done errors { code message path } }\n  }\n": types.ChangePasswordDocument,
    "\n  query MySessions { me { id sessions { id createdAt lastSeenAt expiresAt userAgent clientAddress current } } }\n": types.MySessionsDocument,
    "\n  mutation SignOutEverywhere { signOutEverywhere { endedCount errors { code message path } } }\n": types.SignOutEverywhereDocument,
    "\n  mutation EndSession($input: EndSessionInput!) { endSession(input: $input) { endedCount errors { code message path } } }\n": types.EndSessionDocument,
    "\n  mutation SignOutHere { signOut { errors { code message path } } }\n": types.SignOutHereDocument,
    "\n  query MyApiKeys { me { id apiKeys { id name createdAt lastUsedAt revokedAt } } }\n": types.MyApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name } errors { code message path } } }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } errors { code message path } } }\n": types.RevokeApiKeyDocument,
    "\n  mutation AdminDeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) { deletedUserId errors { code message path } }\n  }\n": types.AdminDeleteUserDocument,
    "\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { user { id email } emailSent emailDetail errors { code message path } }\n  }\n": types.AdminInviteUserDocument,
    "\n  query AdminReportTypes {\n    reportTypes { key displayName description version isAvailable unavailableReason formats parameters { name } }\n  }\n": types.AdminReportTypesDocument,
    "\n  query SmtpSettings {\n    smtpSettings { host port security userName hasPassword fromAddress fromName updatedAt authentication hasAccessToken }\n    smtpPresets { key name host port security userNameHint notes }\n  }\n": types.SmtpSettingsDocument,
    "\n  mutation SaveSmtpSettings($input: SaveSmtpSettingsInput!) {\n    saveSmtpSettings(input: $input) {\n      smtpSettings { host port security userName hasPassword fromAddress fromName updatedAt authentication hasAccessToken }\n      errors { code message path }\n    }\n  }\n": types.SaveSmtpSettingsDocument,
    "\n  mutation TestSmtpSettings($input: TestSmtpSettingsInput!) {\n    testSmtpSettings(input: $input) { result { succeeded code message } errors { code message path } }\n  }\n": types.TestSmtpSettingsDocument,
    "\n  query AdminUsers {\n    users(first: 100) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes { id email name role createdAt disabledAt hasPassword sessions { id lastSeenAt } }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { user { id role disabledAt } errors { code message path } }\n  }\n": types.AdminUpdateUserDocument,
    "\n  mutation AdminEndUserSessions($input: EndUserSessionsInput!) {\n    endUserSessions(input: $input) { endedCount errors { code message path } }\n  }\n": types.AdminEndUserSessionsDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { done errors { code message path } }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { done errors { code message path } }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id email name role } errors { code message path } }\n  }\n": types.SignInDocument,
    "\n  query Me {\n    me { id email name role }\n  }\n": types.MeDocument,
    "\n  query ExecutionDetail($id: ID!) {\n    execution(id: $id) {\n      id trigger status scheduledFor startedAt finishedAt durationMs rowCount errorMessage periodLabel attempt conditionReason\n      schedule { id name timeZone }\n      artifacts { id format fileName sizeBytes downloadPath }\n      deliveries { id target status attempts lastReply sentAt nextAttemptAt }\n    }\n  }\n": types.ExecutionDetailDocument,
    "\n  query DownloadLinkByToken($token: String!) {\n    downloadLink(token: $token) { status fileName format sizeBytes expiresAt scheduleName periodLabel scheduledFor url }\n  }\n": types.DownloadLinkByTokenDocument,
    "\n  mutation UnsubscribeByToken($token: String!) {\n    unsubscribe(input: { token: $token }) { scheduleName email isSubscribed errors { code message path } }\n  }\n": types.UnsubscribeByTokenDocument,
    "\n  mutation ResubscribeByToken($token: String!) {\n    resubscribe(input: { token: $token }) { scheduleName email isSubscribed errors { code message path } }\n  }\n": types.ResubscribeByTokenDocument,
    "\n  subscription ExecutionProgress($id: ID!) {\n    executionProgress(executionId: $id) {\n      id status rowCount errorMessage\n      deliveries { id email status }\n    }\n  }\n": types.ExecutionProgressDocument,
    "\n  query ScheduleDetail($id: ID!) {\n    schedule(id: $id) {\n      id name description isActive timeZone nextRunAt lastRunAt formats subject reportTypeKey\n      reportType { key displayName }\n      recurrence { description }\n      recipients { id email displayName isSubscribed unsubscribedAt }\n      recentExecutions(limit: 10) {\n        id trigger status scheduledFor startedAt finishedAt rowCount errorMessage periodLabel\n        artifacts { id format fileName sizeBytes downloadPath }\n        deliveries { id email status attempts lastReply sentAt }\n      }\n    }\n  }\n": types.ScheduleDetailDocument,
    "\n  mutation PauseSchedule($id: ID!) { pauseSchedule(input: { id: $id }) { schedule { id isActive nextRunAt } errors { code message path } } }\n": types.PauseScheduleDocument,
    "\n  mutation ResumeSchedule($id: ID!) { resumeSchedule(input: { id: $id }) { schedule { id isActive nextRunAt } errors { code message path } } }\n": types.ResumeScheduleDocument,
    "\n  mutation RunScheduleNow($id: ID!) { runScheduleNow(input: { id: $id }) { execution { id status } errors { code message path } } }\n": types.RunScheduleNowDocument,
    "\n  mutation SendTestReport($id: ID!) { sendTestReport(input: { id: $id }) { execution { id status } errors { code message path } } }\n": types.SendTestReportDocument,
    "\n  mutation DeleteSchedule($id: ID!) { deleteSchedule(input: { id: $id }) { deletedScheduleId errors { code message path } } }\n": types.DeleteScheduleDocument,
    "\n  query Schedules($first: Int!, $after: String, $where: ScheduleFilterInput) {\n    schedules(first: $first, after: $after, where: $where, order: [{ nextRunAt: ASC }]) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name isActive timeZone nextRunAt reportTypeKey\n        reportType { key displayName }\n        recurrence { description }\n        lastExecution { id status finishedAt }\n      }\n    }\n  }\n": types.SchedulesDocument,
    "\n  query EditorData {\n    reportTypes {\n      key displayName description isAvailable unavailableReason formats\n      parameters { name displayName description type required defaultValue minimum maximum maxLength choices allowed hasOptions }\n    }\n  }\n": types.EditorDataDocument,
    "\n  query ScheduleToEdit($id: ID!) {\n    schedule(id: $id) {\n      id name description reportTypeKey parameters timeZone formats subject message\n      recurrence { kind timeOfDay weekdays dayOfMonth lastDayOfMonth cronExpression businessDaysOnly startDate endDate }\n      recipients { id email displayName }\n    }\n  }\n": types.ScheduleToEditDocument,
    "\n  query PreviewRecurrence($recurrence: RecurrenceInput!, $timeZone: String!) {\n    previewRecurrence(recurrence: $recurrence, timeZone: $timeZone) {\n      description occurrences\n      errors { code message path }\n    }\n  }\n": types.PreviewRecurrenceDocument,
    "\n  query ParameterOptions($key: String!) {\n    reportType(key: $key) { key parameters { name hasOptions options(first: 100) { value label } } }\n  }\n": types.ParameterOptionsDocument,
    "\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) { schedule { id } errors { code message path } }\n  }\n": types.CreateScheduleDocument,
    "\n  mutation UpdateSchedule($input: UpdateScheduleInput!) {\n    updateSchedule(input: $input) { schedule { id name } errors { code message path } }\n  }\n": types.UpdateScheduleDocument,
    "\n  mutation PreviewReport($input: PreviewReportInput!) {\n    previewReport(input: $input) {\n      files { format fileName sizeBytes url }\n      periodLabel rows expiresAt\n      errors { code message path }\n    }\n  }\n": types.PreviewReportDocument,
    "\n  mutation SignOut { signOut { errors { code message path } } }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { done errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { done errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions { me { id sessions { id createdAt lastSeenAt expiresAt userAgent clientAddress current } } }\n"): (typeof documents)["\n  query MySessions { me { id sessions { id createdAt lastSeenAt expiresAt userAgent clientAddress current } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere { signOutEverywhere { endedCount errors { code message path } } }\n"): (typeof documents)["\n  mutation SignOutEverywhere { signOutEverywhere { endedCount errors { code message path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($input: EndSessionInput!) { endSession(input: $input) { endedCount errors { code message path } } }\n"): (typeof documents)["\n  mutation EndSession($input: EndSessionInput!) { endSession(input: $input) { endedCount errors { code message path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutHere { signOut { errors { code message path } } }\n"): (typeof documents)["\n  mutation SignOutHere { signOut { errors { code message path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiKeys { me { id apiKeys { id name createdAt lastUsedAt revokedAt } } }\n"): (typeof documents)["\n  query MyApiKeys { me { id apiKeys { id name createdAt lastUsedAt revokedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name } errors { code message path } } }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name } errors { code message path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } errors { code message path } } }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } errors { code message path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) { deletedUserId errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) { deletedUserId errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { user { id email } emailSent emailDetail errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { user { id email } emailSent emailDetail errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReportTypes {\n    reportTypes { key displayName description version isAvailable unavailableReason formats parameters { name } }\n  }\n"): (typeof documents)["\n  query AdminReportTypes {\n    reportTypes { key displayName description version isAvailable unavailableReason formats parameters { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmtpSettings {\n    smtpSettings { host port security userName hasPassword fromAddress fromName updatedAt authentication hasAccessToken }\n    smtpPresets { key name host port security userNameHint notes }\n  }\n"): (typeof documents)["\n  query SmtpSettings {\n    smtpSettings { host port security userName hasPassword fromAddress fromName updatedAt authentication hasAccessToken }\n    smtpPresets { key name host port security userNameHint notes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSmtpSettings($input: SaveSmtpSettingsInput!) {\n    saveSmtpSettings(input: $input) {\n      smtpSettings { host port security userName hasPassword fromAddress fromName updatedAt authentication hasAccessToken }\n      errors { code message path }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSmtpSettings($input: SaveSmtpSettingsInput!) {\n    saveSmtpSettings(input: $input) {\n      smtpSettings { host port security userName hasPassword fromAddress fromName updatedAt authentication hasAccessToken }\n      errors { code message path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSmtpSettings($input: TestSmtpSettingsInput!) {\n    testSmtpSettings(input: $input) { result { succeeded code message } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation TestSmtpSettings($input: TestSmtpSettingsInput!) {\n    testSmtpSettings(input: $input) { result { succeeded code message } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users(first: 100) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes { id email name role createdAt disabledAt hasPassword sessions { id lastSeenAt } }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users(first: 100) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes { id email name role createdAt disabledAt hasPassword sessions { id lastSeenAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { user { id role disabledAt } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { user { id role disabledAt } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEndUserSessions($input: EndUserSessionsInput!) {\n    endUserSessions(input: $input) { endedCount errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation AdminEndUserSessions($input: EndUserSessionsInput!) {\n    endUserSessions(input: $input) { endedCount errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { done errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { done errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { done errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { done errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id email name role } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id email name role } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id email name role }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id email name role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExecutionDetail($id: ID!) {\n    execution(id: $id) {\n      id trigger status scheduledFor startedAt finishedAt durationMs rowCount errorMessage periodLabel attempt conditionReason\n      schedule { id name timeZone }\n      artifacts { id format fileName sizeBytes downloadPath }\n      deliveries { id target status attempts lastReply sentAt nextAttemptAt }\n    }\n  }\n"): (typeof documents)["\n  query ExecutionDetail($id: ID!) {\n    execution(id: $id) {\n      id trigger status scheduledFor startedAt finishedAt durationMs rowCount errorMessage periodLabel attempt conditionReason\n      schedule { id name timeZone }\n      artifacts { id format fileName sizeBytes downloadPath }\n      deliveries { id target status attempts lastReply sentAt nextAttemptAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DownloadLinkByToken($token: String!) {\n    downloadLink(token: $token) { status fileName format sizeBytes expiresAt scheduleName periodLabel scheduledFor url }\n  }\n"): (typeof documents)["\n  query DownloadLinkByToken($token: String!) {\n    downloadLink(token: $token) { status fileName format sizeBytes expiresAt scheduleName periodLabel scheduledFor url }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeByToken($token: String!) {\n    unsubscribe(input: { token: $token }) { scheduleName email isSubscribed errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation UnsubscribeByToken($token: String!) {\n    unsubscribe(input: { token: $token }) { scheduleName email isSubscribed errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubscribeByToken($token: String!) {\n    resubscribe(input: { token: $token }) { scheduleName email isSubscribed errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation ResubscribeByToken($token: String!) {\n    resubscribe(input: { token: $token }) { scheduleName email isSubscribed errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ExecutionProgress($id: ID!) {\n    executionProgress(executionId: $id) {\n      id status rowCount errorMessage\n      deliveries { id email status }\n    }\n  }\n"): (typeof documents)["\n  subscription ExecutionProgress($id: ID!) {\n    executionProgress(executionId: $id) {\n      id status rowCount errorMessage\n      deliveries { id email status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleDetail($id: ID!) {\n    schedule(id: $id) {\n      id name description isActive timeZone nextRunAt lastRunAt formats subject reportTypeKey\n      reportType { key displayName }\n      recurrence { description }\n      recipients { id email displayName isSubscribed unsubscribedAt }\n      recentExecutions(limit: 10) {\n        id trigger status scheduledFor startedAt finishedAt rowCount errorMessage periodLabel\n        artifacts { id format fileName sizeBytes downloadPath }\n        deliveries { id email status attempts lastReply sentAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleDetail($id: ID!) {\n    schedule(id: $id) {\n      id name description isActive timeZone nextRunAt lastRunAt formats subject reportTypeKey\n      reportType { key displayName }\n      recurrence { description }\n      recipients { id email displayName isSubscribed unsubscribedAt }\n      recentExecutions(limit: 10) {\n        id trigger status scheduledFor startedAt finishedAt rowCount errorMessage periodLabel\n        artifacts { id format fileName sizeBytes downloadPath }\n        deliveries { id email status attempts lastReply sentAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseSchedule($id: ID!) { pauseSchedule(input: { id: $id }) { schedule { id isActive nextRunAt } errors { code message path } } }\n"): (typeof documents)["\n  mutation PauseSchedule($id: ID!) { pauseSchedule(input: { id: $id }) { schedule { id isActive nextRunAt } errors { code message path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeSchedule($id: ID!) { resumeSchedule(input: { id: $id }) { schedule { id isActive nextRunAt } errors { code message path } } }\n"): (typeof documents)["\n  mutation ResumeSchedule($id: ID!) { resumeSchedule(input: { id: $id }) { schedule { id isActive nextRunAt } errors { code message path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunScheduleNow($id: ID!) { runScheduleNow(input: { id: $id }) { execution { id status } errors { code message path } } }\n"): (typeof documents)["\n  mutation RunScheduleNow($id: ID!) { runScheduleNow(input: { id: $id }) { execution { id status } errors { code message path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestReport($id: ID!) { sendTestReport(input: { id: $id }) { execution { id status } errors { code message path } } }\n"): (typeof documents)["\n  mutation SendTestReport($id: ID!) { sendTestReport(input: { id: $id }) { execution { id status } errors { code message path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSchedule($id: ID!) { deleteSchedule(input: { id: $id }) { deletedScheduleId errors { code message path } } }\n"): (typeof documents)["\n  mutation DeleteSchedule($id: ID!) { deleteSchedule(input: { id: $id }) { deletedScheduleId errors { code message path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schedules($first: Int!, $after: String, $where: ScheduleFilterInput) {\n    schedules(first: $first, after: $after, where: $where, order: [{ nextRunAt: ASC }]) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name isActive timeZone nextRunAt reportTypeKey\n        reportType { key displayName }\n        recurrence { description }\n        lastExecution { id status finishedAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Schedules($first: Int!, $after: String, $where: ScheduleFilterInput) {\n    schedules(first: $first, after: $after, where: $where, order: [{ nextRunAt: ASC }]) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name isActive timeZone nextRunAt reportTypeKey\n        reportType { key displayName }\n        recurrence { description }\n        lastExecution { id status finishedAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorData {\n    reportTypes {\n      key displayName description isAvailable unavailableReason formats\n      parameters { name displayName description type required defaultValue minimum maximum maxLength choices allowed hasOptions }\n    }\n  }\n"): (typeof documents)["\n  query EditorData {\n    reportTypes {\n      key displayName description isAvailable unavailableReason formats\n      parameters { name displayName description type required defaultValue minimum maximum maxLength choices allowed hasOptions }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleToEdit($id: ID!) {\n    schedule(id: $id) {\n      id name description reportTypeKey parameters timeZone formats subject message\n      recurrence { kind timeOfDay weekdays dayOfMonth lastDayOfMonth cronExpression businessDaysOnly startDate endDate }\n      recipients { id email displayName }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleToEdit($id: ID!) {\n    schedule(id: $id) {\n      id name description reportTypeKey parameters timeZone formats subject message\n      recurrence { kind timeOfDay weekdays dayOfMonth lastDayOfMonth cronExpression businessDaysOnly startDate endDate }\n      recipients { id email displayName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewRecurrence($recurrence: RecurrenceInput!, $timeZone: String!) {\n    previewRecurrence(recurrence: $recurrence, timeZone: $timeZone) {\n      description occurrences\n      errors { code message path }\n    }\n  }\n"): (typeof documents)["\n  query PreviewRecurrence($recurrence: RecurrenceInput!, $timeZone: String!) {\n    previewRecurrence(recurrence: $recurrence, timeZone: $timeZone) {\n      description occurrences\n      errors { code message path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParameterOptions($key: String!) {\n    reportType(key: $key) { key parameters { name hasOptions options(first: 100) { value label } } }\n  }\n"): (typeof documents)["\n  query ParameterOptions($key: String!) {\n    reportType(key: $key) { key parameters { name hasOptions options(first: 100) { value label } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) { schedule { id } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) { schedule { id } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchedule($input: UpdateScheduleInput!) {\n    updateSchedule(input: $input) { schedule { id name } errors { code message path } }\n  }\n"): (typeof documents)["\n  mutation UpdateSchedule($input: UpdateScheduleInput!) {\n    updateSchedule(input: $input) { schedule { id name } errors { code message path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewReport($input: PreviewReportInput!) {\n    previewReport(input: $input) {\n      files { format fileName sizeBytes url }\n      periodLabel rows expiresAt\n      errors { code message path }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewReport($input: PreviewReportInput!) {\n    previewReport(input: $input) {\n      files { format fileName sizeBytes url }\n      periodLabel rows expiresAt\n      errors { code message path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { signOut { errors { code message path } } }\n"): (typeof documents)["\n  mutation SignOut { signOut { errors { code message path } } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;