import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { UserRole } from '../../gql/graphql';
import { byPath } from '../../shared/fieldErrors';
import { roles } from './roles';

const InviteUser = graphql(`
  mutation AdminInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { user { id email } emailSent emailDetail errors { code message path } }
  }
`);

/** Creates a user and emails them the link to set their password; the server's errors appear at their fields. */
export function InviteUserForm() {
  const [invite, { loading }] = useMutation(InviteUser, { refetchQueries: ['AdminUsers'] });
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm({ initialValues: { email: '', name: '', role: 'MEMBER' as UserRole } });
  const submit = form.onSubmit(async (values) => {
    setOutcome(null);
    try {
      const { data } = await invite({ variables: { input: values } });
      const payload = data?.inviteUser;
      const errors = payload?.errors ?? [];
      if (errors.length > 0) {
        const fields = byPath(errors);
        form.setErrors(fields);
        const elsewhere = errors.filter((e) => !['email', 'name', 'role'].includes(String(e.path[0] ?? '')));
        if (elsewhere.length) setOutcome({ ok: false, text: elsewhere.map((e) => e.message).join(' ') });
        return;
      }
      setOutcome(payload?.emailSent
        ? { ok: true, text: `Invited ${values.email}: the email with the link to set a password is on its way.` }
        : { ok: false, text: `${values.email} was added, but the invitation email could not be sent (${payload?.emailDetail ?? 'no reason given'}). Invite again once mail works.` });
      form.reset();
    } catch (e) {
      setOutcome({ ok: false, text: e instanceof Error ? e.message : 'The invitation was not sent.' });
    }
  });
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="invite-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="invite-title">Invite a user</Title>
          <Text size="sm" c="dimmed">They get an email with a link to set their password, then sign in with this email.</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Email" type="email" autoComplete="off" required {...form.getInputProps('email')} />
            <TextInput label="Name" autoComplete="off" required {...form.getInputProps('name')} />
            <NativeSelect label="Role" data={roles} {...form.getInputProps('role')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={loading}>Send invitation</Button>
          </Group>
          {outcome && (
            <Alert color={outcome.ok ? 'green' : 'red'} role={outcome.ok ? 'status' : 'alert'}>
              <Text size="sm">{outcome.text}</Text>
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
