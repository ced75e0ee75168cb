import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { ErrorState, Loading } from '../../shared/States';
import { formatLocal } from '../../shared/time';

const MySessions = graphql(`
  query MySessions { me { id sessions { id createdAt lastSeenAt expiresAt userAgent clientAddress current } } }
`);
const SignOutEverywhere = graphql(`
  mutation SignOutEverywhere { signOutEverywhere { endedCount errors { code message path } } }
`);
const EndSession = graphql(`
  mutation EndSession($input: EndSessionInput!) { endSession(input: $input) { endedCount errors { code message path } } }
`);
const SignOutHere = graphql(`
  mutation SignOutHere { signOut { errors { code message path } } }
`);

/** The browsers signed in as you, most recently used first: end one, all others, or this one (sign out). */
export function SessionsList() {
  const { data, loading, error, refetch } = useQuery(MySessions);
  const [everywhere, ending] = useMutation(SignOutEverywhere, { refetchQueries: [MySessions] });
  const [endOne] = useMutation(EndSession, { refetchQueries: [MySessions] });
  const [signOut] = useMutation(SignOutHere);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  if (loading && !data) return <Loading label="Loading your sessions" />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  const sessions = data?.me?.sessions ?? [];
  const report = (payload: { endedCount: number; errors: ReadonlyArray<{ message: string }> } | undefined, what: string) =>
    setOutcome(payload?.errors.length
      ? { ok: false, text: payload.errors.map((e) => e.message).join(' ') }
      : { ok: true, text: `${what}: ${payload?.endedCount ?? 0} session(s) ended.` });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">Where you are signed in</Title>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your sessions">
          {sessions.map((s) => (
            <Paper component="li" key={s.id} withBorder p="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>{browserName(s.userAgent)}</Text>
                    {s.current && <Badge color="#237032">This browser</Badge>}
                  </Group>
                  <Text size="xs" c="dimmed">{s.userAgent ?? 'Unknown browser'}{s.clientAddress && ` · from ${s.clientAddress}`}</Text>
                  <Text size="sm">Signed in {formatLocal(s.createdAt)} · last seen {formatLocal(s.lastSeenAt)}</Text>
                </div>
                {!s.current && (
                  <Button size="xs" variant="default" aria-label={`End the session signed in ${formatLocal(s.createdAt)}`}
                    onClick={async () => {
                      try {
                        report((await endOne({ variables: { input: { id: s.id } } })).data?.endSession, 'Signed out there');
                      } catch (e) {
                        setOutcome({ ok: false, text: e instanceof Error ? e.message : 'The session was not ended.' });
                      }
                    }}
                  >
                    Sign out there
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
        <Group gap="xs">
          <Button variant="default" loading={ending.loading} disabled={sessions.length < 2}
            onClick={async () => {
              try {
                report((await everywhere()).data?.signOutEverywhere, 'Signed out everywhere else');
              } catch (e) {
                setOutcome({ ok: false, text: e instanceof Error ? e.message : 'The sessions were not ended.' });
              }
            }}
          >
            Sign out everywhere else
          </Button>
          <Button variant="default"
            onClick={async () => {
              await signOut();
              await client.clearStore();
              navigate('/sign-in');
            }}
          >
            Sign out
          </Button>
        </Group>
        {outcome && (
          <Alert color={outcome.ok ? 'green' : 'red'} role={outcome.ok ? 'status' : 'alert'}>
            <Text size="sm">{outcome.text}</Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** A short name for a User-Agent, enough to tell one's own browsers apart; the whole string is shown below it. */
function browserName(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unknown browser';
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'Browser';
  const system = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : null;
  return system ? `${browser} on ${system}` : browser;
}
