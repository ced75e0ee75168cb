import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { AuthCard } from './AuthCard';

const RequestReset = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) { done errors { code message path } }
  }
`);

export function ForgotPasswordPage() {
  const [request, { loading, error }] = useMutation(RequestReset);
  const [sent, setSent] = useState(false);
  const form = useForm({ initialValues: { email: '' } });
  const submit = form.onSubmit(async (values) => {
    const { data } = await request({ variables: { input: values } });
    const errors = data?.requestPasswordReset.errors ?? [];
    if (errors.length > 0) form.setFieldError('email', errors.map((e) => e.message).join(' '));
    else setSent(true);
  });
  return (
    <AuthCard title="Reset your password">
      {sent ? (
        <Alert color="green" role="status">If an account has this email, a link to set a new password is on its way.</Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && <Alert color="red" role="alert">{error.message}</Alert>}
            <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <Button type="submit" loading={loading}>Email me a link</Button>
          </Stack>
        </form>
      )}
      <Text size="sm"><Anchor component={Link} to="/sign-in">Back to sign in</Anchor></Text>
    </AuthCard>
  );
}
