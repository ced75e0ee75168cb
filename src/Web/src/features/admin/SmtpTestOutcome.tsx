import { Alert, List, Text } from '@mantine/core';
import type { SmtpSecurity } from '../../gql/graphql';

export type SmtpTestResult = { succeeded: boolean; code: string; message: string };

// The steps of a connection test in the order the server tries them (SmtpTestCodes); the code names the failed one.
const steps = [
  { code: 'DNS', label: 'Find the host' },
  { code: 'CONNECT', label: 'Connect' },
  { code: 'TLS', label: 'Secure the connection (TLS)' },
  { code: 'AUTH', label: 'Sign in' },
  { code: 'SENDER', label: 'Sender address accepted' },
];

/** Which step of the connection test failed, in words, with the server's own message. */
export function SmtpTestOutcome({ result, security, signsIn }: { result: SmtpTestResult; security: SmtpSecurity; signsIn: boolean }) {
  const failedAt = steps.findIndex((s) => s.code === result.code);
  const title = result.succeeded
    ? 'The connection test worked'
    : failedAt >= 0
      ? `The connection test failed at: ${steps[failedAt].label} (${result.code})`
      : result.code === 'INPUT' ? 'The test did not run' : `The connection test failed (${result.code})`;
  return (
    <Alert color={result.succeeded ? 'green' : 'red'} title={title} role={result.succeeded ? 'status' : 'alert'}>
      {result.code !== 'INPUT' && (
        <List size="sm" spacing={2} mb="xs" aria-label="Steps of the test">
          {steps.map((s, i) => {
            const skipped = (s.code === 'TLS' && security === 'NONE') || (s.code === 'AUTH' && !signsIn);
            const state = skipped ? 'not needed'
              : result.succeeded || (failedAt >= 0 && i < failedAt) ? 'passed'
              : i === failedAt ? 'FAILED'
              : 'not reached';
            return <List.Item key={s.code}>{s.label}: {state}</List.Item>;
          })}
        </List>
      )}
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{result.message}</Text>
    </Alert>
  );
}
