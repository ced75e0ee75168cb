import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { MeQuery } from '../auth/me';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SessionsList } from './SessionsList';

/** Your account: password, the browsers signed in as you, and signing out. */
export default function AccountPage() {
  const me = useQuery(MeQuery).data?.me;
  return (
    <Stack maw={880}>
      <Title order={1} size="h2">Your account</Title>
      {me && <Text size="sm">Signed in as {me.name} ({me.email}).</Text>}
      <SessionsList />
      <ChangePasswordForm />
    </Stack>
  );
}
