import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../shared/States';
import { formatLocal } from '../../shared/time';

const MyKeys = graphql(`
  query MyApiKeys { me { id apiKeys { id name createdAt lastUsedAt revokedAt } } }
`);
const CreateKey = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name } errors { code message path } } }
`);
const RevokeKey = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } errors { code message path } } }
`);

/** Your API keys for programs: the secret is shown once, when created. */
export default function ApiKeysPage() {
  const { data, loading, error, refetch } = useQuery(MyKeys);
  const [create, creating] = useMutation(CreateKey, { refetchQueries: [MyKeys] });
  const [revoke] = useMutation(RevokeKey, { refetchQueries: [MyKeys] });
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [secret, setSecret] = useState<string | null>(null);
  // Revoking cannot be undone and breaks every program using the key, so it is confirmed first.
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [revokeProblem, setRevokeProblem] = useState<string | null>(null);
  if (loading && !data) return <Loading label="Loading API keys" />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  const keys = data?.me?.apiKeys ?? [];
  return (
    <Stack maw={880}>
      <Title order={1} size="h2">API keys</Title>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const { data: made } = await create({ variables: { input: { name } } });
          const errs = made?.createApiKey.errors ?? [];
          setNameError(errs.length ? errs.map((x) => x.message).join(' ') : undefined);
          if (made?.createApiKey.secret) {
            setSecret(made.createApiKey.secret);
            setName('');
          }
        }}
      >
        <Group align="flex-end">
          <TextInput label="Name of the new key" value={name} onChange={(e) => setName(e.currentTarget.value)} error={nameError} />
          <Button type="submit" loading={creating.loading}>Create key</Button>
        </Group>
      </form>
      {secret && (
        <Alert color="green" title="Copy the secret now: it is shown only once" role="status">
          <Stack gap="xs" align="flex-start">
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="api-key-secret">{secret}</Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button size="xs" color={copied ? '#237032' : undefined} onClick={copy}>{copied ? 'Copied' : 'Copy the secret'}</Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      )}
      {keys.length === 0 ? (
        <Empty>No API keys yet.</Empty>
      ) : (
        <Table style={{ wordBreak: 'break-word' }}>
            <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Created</Table.Th><Table.Th>Last used</Table.Th><Table.Th>Action</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {keys.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{k.name}</Table.Td>
                  <Table.Td>{formatLocal(k.createdAt)}</Table.Td>
                  <Table.Td>{formatLocal(k.lastUsedAt)}</Table.Td>
                  <Table.Td>
                    {k.revokedAt ? <Text size="sm" c="dimmed">revoked</Text> : (
                      <Button size="xs" color="red.9" variant="outline" onClick={() => { setRevokeProblem(null); setRevoking(k); }} aria-label={`Revoke ${k.name}`}>Revoke</Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
      )}
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={`Revoke the key "${revoking?.name ?? ''}"?`} centered closeButtonProps={{ 'aria-label': 'Close' }}>
        <Stack>
          <Text size="sm">Programs using it get "not signed in" from then on. This cannot be undone; create a new key to replace it.</Text>
          {revokeProblem && <Alert color="red" role="alert"><Text size="sm">{revokeProblem}</Text></Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>Cancel</Button>
            <Button
              color="red.9"
              onClick={async () => {
                if (!revoking) return;
                try {
                  const { data: done } = await revoke({ variables: { input: { id: revoking.id } } });
                  const errs = done?.revokeApiKey.errors ?? [];
                  if (errs.length) setRevokeProblem(errs.map((x) => x.message).join(' '));
                  else setRevoking(null);
                } catch (e) {
                  setRevokeProblem(e instanceof Error ? e.message : 'The key was not revoked.');
                }
              }}
            >
              Revoke key
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
