import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Button, Group, Text } from '@mantine/core';
import { Link, Outlet, useNavigate } from 'react-router';
import { MeQuery } from '../features/auth/me';
import { graphql } from '../gql';

const SignOut = graphql(`
  mutation SignOut { signOut { errors { code message path } } }
`);

export function Shell() {
  const { data } = useQuery(MeQuery);
  const [signOut] = useMutation(SignOut);
  const client = useApolloClient();
  const navigate = useNavigate();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap" component="nav" aria-label="Main">
            <Anchor component={Link} to="/" fw={700} c="indigo.8">ReportGraph</Anchor>
            <Anchor component={Link} to="/" size="sm">Schedules</Anchor>
            <Anchor component={Link} to="/api-keys" size="sm">API keys</Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" visibleFrom="sm">{data?.me?.email}</Text>
            <Button
              size="xs"
              variant="default"
              onClick={async () => {
                await signOut();
                await client.clearStore();
                navigate('/sign-in');
              }}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
