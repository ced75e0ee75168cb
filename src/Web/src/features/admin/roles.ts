import type { UserRole } from '../../gql/graphql';

/** The roles in words, for pickers and badges. */
export const roles: { value: UserRole; label: string }[] = [
  { value: 'MEMBER', label: 'Member (own schedules only)' },
  { value: 'ADMIN', label: 'Administrator (everything)' },
];

export function roleLabel(role: UserRole): string {
  return role === 'ADMIN' ? 'Administrator' : 'Member';
}
