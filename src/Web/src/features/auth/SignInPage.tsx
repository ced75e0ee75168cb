import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { LocalPath } from '../../shared/localPath';
import { AuthCard } from './AuthCard';

const SignIn = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { user { id email name role } errors { code message path } }
  }
`);

export function SignInPage() {
  const [signIn, { loading }] = useMutation(SignIn);
  const client = useApolloClient();
  const [problem, setProblem] = useState<string | null>(null);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = useForm({ initialValues: { email: '', password: '' } });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await signIn({ variables: { input: values } });
      const errors = data?.signIn.errors ?? [];
      if (errors.length > 0) {
        setProblem(errors.map((e) => e.message).join(' '));
        return;
      }
      // The cached "not signed in" answer must not send the user straight back here.
      await client.clearStore();
      navigate(LocalPath.or(params.get('next')), { replace: true });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'Signing in failed.');
    }
  });

  return (
    <AuthCard title="Sign in to ReportGraph">
      <form onSubmit={submit} noValidate>
        <Stack>
          {problem && <Alert color="red" role="alert">{problem}</Alert>}
          <TextInput label="Email" type="email" autoComplete="username" required {...form.getInputProps('email')} />
          <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the password' }} label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={loading}>Sign in</Button>
          <Text size="sm">
            <Anchor component={Link} to="/forgot-password">Forgot your password?</Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
