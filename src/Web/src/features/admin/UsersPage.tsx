import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { UserRole } from '../../gql/graphql';
import { Empty, ErrorState, Loading } from '../../shared/States';
import { formatLocal } from '../../shared/time';
import { MeQuery } from '../auth/me';
import { AdminOnly } from './AdminOnly';
import { DeleteUserModal } from './DeleteUserModal';
import { InviteUserForm } from './InviteUserForm';
import { roleLabel, roles } from './roles';

export const UsersQuery = graphql(`
  query AdminUsers {
    users(first: 100) {
      totalCount
      pageInfo { hasNextPage }
      nodes { id email name role createdAt disabledAt hasPassword sessions { id lastSeenAt } }
    }
  }
`);
const UpdateUser = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) { user { id role disabledAt } errors { code message path } }
  }
`);
const EndUserSessions = graphql(`
  mutation AdminEndUserSessions($input: EndUserSessionsInput!) {
    endUserSessions(input: $input) { endedCount errors { code message path } }
  }
`);

type Outcome = { ok: boolean; text: string };
type Person = { id: string; email: string; name: string };

export default function UsersPage() {
  return (
    <AdminOnly>
      <Users />
    </AdminOnly>
  );
}

function Users() {
  const { data, loading, error, refetch } = useQuery(UsersQuery);
  const me = useQuery(MeQuery).data?.me;
  const [update] = useMutation(UpdateUser, { refetchQueries: [UsersQuery] });
  const [endSessions] = useMutation(EndUserSessions, { refetchQueries: [UsersQuery] });
  // What the last action on a user did, shown on that user's card (the last admin cannot be demoted, …).
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [deleting, setDeleting] = useState<Person | null>(null);
  if (loading && !data) return <Loading label="Loading users" />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  const users = data?.users.nodes ?? [];
  const say = (id: string, outcome: Outcome) => setOutcomes((all) => ({ ...all, [id]: outcome }));

  const change = async (user: Person, input: { role?: UserRole; disabled?: boolean }, done: string) => {
    try {
      const { data: saved } = await update({ variables: { input: { id: user.id, ...input } } });
      const errors = saved?.updateUser.errors ?? [];
      say(user.id, errors.length ? { ok: false, text: errors.map((e) => e.message).join(' ') } : { ok: true, text: done });
    } catch (e) {
      say(user.id, { ok: false, text: e instanceof Error ? e.message : 'The change was not saved.' });
    }
  };

  return (
    <Stack maw={960}>
      <Title order={1} size="h2">Users</Title>
      <InviteUserForm />
      <Title order={2} size="h3">
        {data?.users.totalCount === 1 ? '1 user' : `${data?.users.totalCount ?? 0} users`}
      </Title>
      {data?.users.pageInfo.hasNextPage && <Text size="sm" c="dimmed">Showing the first 100 (oldest first).</Text>}
      {users.length === 0 ? (
        <Empty>No users yet.</Empty>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Users">
          {users.map((u) => {
            const lastSeen = u.sessions.map((s) => s.lastSeenAt).sort().at(-1);
            const outcome = outcomes[u.id];
            return (
              <Paper component="li" key={u.id} withBorder p="md" aria-label={u.name || u.email}>
                <Stack gap="xs">
                  <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                    <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                      <Text fw={600}>{u.name}{u.id === me?.id && ' (you)'}</Text>
                      <Text size="sm">{u.email}</Text>
                    </div>
                    <Group gap="xs">
                      <Badge color={u.role === 'ADMIN' ? 'indigo.8' : 'gray.7'}>{roleLabel(u.role)}</Badge>
                      {u.disabledAt ? (
                        <Badge color="red.9">Disabled</Badge>
                      ) : u.hasPassword ? (
                        <Badge color="#237032">Active</Badge>
                      ) : (
                        <Badge color="#a04100">Invited</Badge>
                      )}
                    </Group>
                  </Group>
                  <Text size="sm" c="dimmed">
                    Added {formatLocal(u.createdAt)} · {u.sessions.length === 0 ? 'not signed in now' : `${u.sessions.length} live session(s), last seen ${formatLocal(lastSeen)}`}
                    {u.disabledAt && ` · disabled ${formatLocal(u.disabledAt)}`}
                  </Text>
                  <Group gap="xs" align="flex-end" wrap="wrap">
                    <NativeSelect
                      size="xs"
                      label={`Role of ${u.name || u.email}`}
                      data={roles}
                      value={u.role}
                      onChange={(e) => void change(u, { role: e.currentTarget.value as UserRole }, `Role changed to ${roleLabel(e.currentTarget.value as UserRole)}.`)}
                    />
                    {u.disabledAt ? (
                      <Button size="xs" variant="default" onClick={() => void change(u, { disabled: false }, 'Enabled: they can sign in again.')}>Enable</Button>
                    ) : (
                      <Button size="xs" variant="default" onClick={() => void change(u, { disabled: true }, 'Disabled: their sessions ended and their API keys stopped working.')}>Disable</Button>
                    )}
                    <Button
                      size="xs"
                      variant="default"
                      onClick={async () => {
                        try {
                          const { data: ended } = await endSessions({ variables: { input: { userId: u.id } } });
                          const errors = ended?.endUserSessions.errors ?? [];
                          say(u.id, errors.length
                            ? { ok: false, text: errors.map((e) => e.message).join(' ') }
                            : { ok: true, text: `Ended ${ended?.endUserSessions.endedCount ?? 0} session(s): they must sign in again.` });
                        } catch (e) {
                          say(u.id, { ok: false, text: e instanceof Error ? e.message : 'The sessions were not ended.' });
                        }
                      }}
                    >
                      End sessions
                    </Button>
                    <Button size="xs" color="red.9" variant="outline" onClick={() => setDeleting(u)}>Delete…</Button>
                  </Group>
                  {outcome && (
                    <Alert color={outcome.ok ? 'green' : 'red'} role={outcome.ok ? 'status' : 'alert'} p="xs">
                      <Text size="sm">{outcome.text}</Text>
                    </Alert>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      )}
      <DeleteUserModal
        user={deleting}
        others={users.filter((u) => u.id !== deleting?.id && !u.disabledAt)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
