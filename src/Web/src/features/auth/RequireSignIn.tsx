import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, Loading } from '../../shared/States';
import { MeQuery } from './me';

/** Sends visitors without a session to the sign-in page, remembering where they were going. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  const location = useLocation();
  if (loading) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data?.me) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}
