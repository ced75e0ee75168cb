import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../../gql';
import { byPath } from '../../shared/fieldErrors';

const ChangePassword = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { done errors { code message path } }
  }
`);

const toggle = { 'aria-label': 'Show or hide the password' };

export function ChangePasswordForm() {
  const [change, { loading }] = useMutation(ChangePassword, { refetchQueries: ['MySessions'] });
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: { repeat: (v, all) => (v === all.newPassword ? null : 'The two new passwords differ.') },
  });
  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setOutcome(null);
    try {
      const { data } = await change({ variables: { input: { currentPassword, newPassword } } });
      const errors = data?.changePassword.errors ?? [];
      if (errors.length) {
        form.setErrors(byPath(errors));
        const elsewhere = errors.filter((e) => !['currentPassword', 'newPassword'].includes(String(e.path[0] ?? '')));
        if (elsewhere.length) setOutcome({ ok: false, text: elsewhere.map((e) => e.message).join(' ') });
        return;
      }
      form.reset();
      setOutcome({ ok: true, text: 'Your password is changed. Your other sessions were signed out; this one stays signed in.' });
    } catch (e) {
      setOutcome({ ok: false, text: e instanceof Error ? e.message : 'The password was not changed.' });
    }
  });
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="password-title">
        <Stack gap="sm" maw={420}>
          <Title order={2} size="h4" id="password-title">Change your password</Title>
          <PasswordInput visibilityToggleButtonProps={toggle} label="Current password" autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
          <PasswordInput visibilityToggleButtonProps={toggle} label="New password" description="At least 12 characters" autoComplete="new-password" required {...form.getInputProps('newPassword')} />
          <PasswordInput visibilityToggleButtonProps={toggle} label="Repeat the new password" autoComplete="new-password" required {...form.getInputProps('repeat')} />
          <Group><Button type="submit" loading={loading}>Change password</Button></Group>
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
