import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Box, Button, Group } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import { MeQuery } from '../features/auth/me';
import { graphql } from '../gql';

const SignOut = graphql(`
  mutation SignOut { signOut { errors { code message path } } }
`);

// The dropdown menus are a separate chunk: they are not needed to draw the first screen.
const AdminMenu = lazy(() => import('./NavMenus').then((m) => ({ default: m.AdminMenu })));
const PhoneMenu = lazy(() => import('./NavMenus').then((m) => ({ default: m.PhoneMenu })));

export function Shell() {
  const { data } = useQuery(MeQuery);
  const [signOut] = useMutation(SignOut);
  const client = useApolloClient();
  const navigate = useNavigate();
  const isAdmin = data?.me?.role === 'ADMIN';
  const leave = async () => {
    await signOut();
    await client.clearStore();
    navigate('/sign-in');
  };
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap" component="nav" aria-label="Main">
            <Anchor component={Link} to="/" fw={700} c="indigo.8">ReportGraph</Anchor>
            <Anchor component={Link} to="/" size="sm" visibleFrom="sm">Schedules</Anchor>
            <Anchor component={Link} to="/api-keys" size="sm" visibleFrom="sm">API keys</Anchor>
            {isAdmin && (
              <Box visibleFrom="sm">
                <Suspense fallback={null}><AdminMenu /></Suspense>
              </Box>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Anchor component={Link} to="/my-account" size="sm" visibleFrom="sm">Your account</Anchor>
            <Button size="xs" variant="default" onClick={() => void leave()} visibleFrom="sm">Sign out</Button>
            <Box hiddenFrom="sm">
              <Suspense fallback={null}><PhoneMenu isAdmin={isAdmin} signOut={() => void leave()} /></Suspense>
            </Box>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
