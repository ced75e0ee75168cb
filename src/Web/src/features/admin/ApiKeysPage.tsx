import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
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
  if (loading) return <Loading label="Loading API keys" />;
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
          <Code block>{secret}</Code>
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
                      <Button size="xs" color="red.9" variant="outline" onClick={() => void revoke({ variables: { input: { id: k.id } } })} aria-label={`Revoke ${k.name}`}>Revoke</Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
      )}
    </Stack>
  );
}
