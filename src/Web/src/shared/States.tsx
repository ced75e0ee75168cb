import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ErrorLike } from '@apollo/client';

/** Loading, error and empty states: never a blank screen or raw error JSON. */
export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <Center p="xl" role="status" aria-label={label}>
      <Loader />
    </Center>
  );
}

export function ErrorState({ error, retry }: { error: ErrorLike; retry?: () => void }) {
  return (
    <Alert color="red" title="Something went wrong" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{friendly(error)}</Text>
        {retry && <Button size="xs" variant="default" onClick={retry}>Try again</Button>}
      </Stack>
    </Alert>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return (
    <Center p="xl">
      <Text c="dimmed">{children}</Text>
    </Center>
  );
}

function friendly(error: ErrorLike): string {
  if ('errors' in error && Array.isArray(error.errors) && error.errors.length > 0) {
    return error.errors.map((e: { message: string }) => e.message).join(' ');
  }
  return error.message.includes('fetch') ? 'The server cannot be reached. Check your connection and try again.' : error.message;
}
