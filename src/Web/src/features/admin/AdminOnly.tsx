import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../shared/States';
import { MeQuery } from '../auth/me';

/** Admin screens for admins only; a member who opens one by its address is told why, not shown an empty page. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (data?.me?.role !== 'ADMIN') {
    return (
      <Alert color="orange" title="Not allowed" role="alert" maw={640}>
        <Text size="sm">Only administrators can open this page. Ask an administrator if you need something changed here.</Text>
        <Anchor component={Link} to="/" size="sm">Back to your schedules</Anchor>
      </Alert>
    );
  }
  return <>{children}</>;
}
