import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';

const DeleteUser = graphql(`
  mutation AdminDeleteUser($input: DeleteUserInput!) {
    deleteUser(input: $input) { deletedUserId errors { code message path } }
  }
`);

type Person = { id: string; email: string; name: string };

/** Deleting a user asks what becomes of their schedules: another active user takes them over, or they go too. */
export function DeleteUserModal({ user, others, onClose }: { user: Person | null; others: Person[]; onClose: () => void }) {
  const [remove, { loading }] = useMutation(DeleteUser, { refetchQueries: ['AdminUsers'] });
  const [choice, setChoice] = useState<'transfer' | 'delete'>('transfer');
  const [heir, setHeir] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setChoice(others.length ? 'transfer' : 'delete');
    setHeir(others[0]?.id ?? '');
    setProblem(null);
    // Only when another user is picked for deletion: the list of others changes on every refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user?.id]);
  if (!user) return null;
  const who = user.name || user.email;
  return (
    <Modal opened onClose={onClose} title={`Delete ${who}?`} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Text size="sm">
          Their sessions, API keys and SMTP settings are deleted and they can no longer sign in. This cannot be undone.
        </Text>
        <Radio.Group label="Their schedules" value={choice} onChange={(v) => setChoice(v as 'transfer' | 'delete')}>
          <Stack gap="xs" mt="xs">
            <Radio value="transfer" label="Give them to another user" disabled={others.length === 0} />
            <Radio value="delete" label="Delete them with their history" />
          </Stack>
        </Radio.Group>
        {choice === 'transfer' && (
          <NativeSelect
            label="New owner of the schedules"
            data={others.map((o) => ({ value: o.id, label: `${o.name} (${o.email})` }))}
            value={heir}
            onChange={(e) => setHeir(e.currentTarget.value)}
          />
        )}
        {problem && <Alert color="red" role="alert"><Text size="sm">{problem}</Text></Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button
            color="red.9"
            loading={loading}
            onClick={async () => {
              setProblem(null);
              try {
                const input = choice === 'transfer' ? { id: user.id, schedulesTo: heir } : { id: user.id, deleteSchedules: true };
                const { data } = await remove({ variables: { input } });
                const errors = data?.deleteUser.errors ?? [];
                if (errors.length) setProblem(errors.map((e) => e.message).join(' '));
                else onClose();
              } catch (e) {
                setProblem(e instanceof Error ? e.message : 'The user was not deleted.');
              }
            }}
          >
            Delete user
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
