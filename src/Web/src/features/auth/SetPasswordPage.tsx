import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { AuthCard } from './AuthCard';

const ResetPassword = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) { done errors { code message path } }
  }
`);

/** The page an invitation or reset email links to: /set-password?token=… */
export function SetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [reset, { loading, error }] = useMutation(ResetPassword);
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: { repeat: (v, all) => (v === all.password ? null : 'The two passwords differ.') },
  });
  const submit = form.onSubmit(async ({ password }) => {
    const { data } = await reset({ variables: { input: { token, newPassword: password } } });
    const errors = data?.resetPassword.errors ?? [];
    for (const e of errors) {
      if (e.path.includes('newPassword')) form.setFieldError('password', e.message);
      else setProblem(e.message);
    }
    if (errors.length === 0) setDone(true);
  });
  return (
    <AuthCard title="Set your password">
      {!token && <Alert color="red" role="alert">This link has no token; open the link from your email again.</Alert>}
      {done ? (
        <Alert color="green" role="status">Your password is set. <Anchor component={Link} to="/sign-in">Sign in</Anchor></Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {(problem || error) && <Alert color="red" role="alert">{problem ?? error?.message}</Alert>}
            <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the password' }} label="New password" description="At least 12 characters" autoComplete="new-password" required {...form.getInputProps('password')} />
            <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the password' }} label="Repeat the password" autoComplete="new-password" required {...form.getInputProps('repeat')} />
            <Button type="submit" loading={loading} disabled={!token}>Set password</Button>
          </Stack>
        </form>
      )}
      <Text size="sm"><Anchor component={Link} to="/sign-in">Back to sign in</Anchor></Text>
      {/* The server-rendered form does the same without scripts (index.html's <noscript> names it too). */}
      {token && !done && (
        <Text size="sm" c="dimmed">Page not working? <Anchor href={`/account/set-password?token=${encodeURIComponent(token)}`}>Use the basic form</Anchor>.</Text>
      )}
    </AuthCard>
  );
}
