import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { SmtpAuthentication, SmtpSecurity } from '../../gql/graphql';
import { byPath } from '../../shared/fieldErrors';
import { ErrorState, Loading } from '../../shared/States';
import { formatLocal } from '../../shared/time';
import { AdminOnly } from './AdminOnly';
import { SmtpTestOutcome, type SmtpTestResult } from './SmtpTestOutcome';

const SmtpSettings = graphql(`
  query SmtpSettings {
    smtpSettings { host port security userName hasPassword fromAddress fromName updatedAt authentication hasAccessToken }
    smtpPresets { key name host port security userNameHint notes }
  }
`);
const SaveSmtp = graphql(`
  mutation SaveSmtpSettings($input: SaveSmtpSettingsInput!) {
    saveSmtpSettings(input: $input) {
      smtpSettings { host port security userName hasPassword fromAddress fromName updatedAt authentication hasAccessToken }
      errors { code message path }
    }
  }
`);
const TestSmtp = graphql(`
  mutation TestSmtpSettings($input: TestSmtpSettingsInput!) {
    testSmtpSettings(input: $input) { result { succeeded code message } errors { code message path } }
  }
`);

const securities: { value: SmtpSecurity; label: string }[] = [
  { value: 'START_TLS', label: 'STARTTLS (usually port 587)' },
  { value: 'IMPLICIT_TLS', label: 'TLS from the start (usually port 465)' },
  { value: 'NONE', label: 'None (local relays only)' },
];
const authentications: { value: SmtpAuthentication; label: string }[] = [
  { value: 'PASSWORD', label: 'User name and password (or none)' },
  { value: 'XOAUTH2', label: 'OAuth 2.0 access token (XOAUTH2)' },
];

export default function SmtpSettingsPage() {
  return (
    <AdminOnly>
      <SmtpSettingsForm />
    </AdminOnly>
  );
}

function SmtpSettingsForm() {
  const { data, loading, error, refetch } = useQuery(SmtpSettings);
  const [save, saving] = useMutation(SaveSmtp, { refetchQueries: [SmtpSettings] });
  const [test, testing] = useMutation(TestSmtp);
  const [presetKey, setPresetKey] = useState('');
  const [removeSecret, setRemoveSecret] = useState(false);
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null);
  const [tested, setTested] = useState<SmtpTestResult | null>(null);
  const form = useForm({
    initialValues: {
      host: '', port: 587 as number | string, security: 'START_TLS' as SmtpSecurity, authentication: 'PASSWORD' as SmtpAuthentication,
      userName: '', password: '', accessToken: '', fromAddress: '', fromName: '',
    },
  });
  const current = data?.smtpSettings;
  useEffect(() => {
    if (!current) return;
    // The password and token are never sent back: the fields stay empty and say whether one is saved.
    form.setValues({
      host: current.host, port: current.port, security: current.security, authentication: current.authentication,
      userName: current.userName ?? '', password: '', accessToken: '', fromAddress: current.fromAddress, fromName: current.fromName ?? '',
    });
    form.resetDirty();
    // Only when the saved settings change; `form` is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.updatedAt]);
  if (loading && !data) return <Loading label="Loading SMTP settings" />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  const presets = data?.smtpPresets ?? [];
  const preset = presets.find((p) => p.key === presetKey);
  const v = form.values;
  const xoauth = v.authentication === 'XOAUTH2';
  // Empty means "keep the saved one" (null); the checkbox removes it (empty string), as the API defines.
  const secret = (value: string) => (removeSecret ? '' : value === '' ? null : value);
  const input = () => ({
    host: v.host.trim(), port: Number(v.port), security: v.security, authentication: v.authentication,
    userName: v.userName.trim() || null, fromAddress: v.fromAddress.trim(), fromName: v.fromName.trim() || null,
    ...(xoauth ? { accessToken: secret(v.accessToken) } : { password: secret(v.password) }),
  });
  const showErrors = (errors: ReadonlyArray<{ code: string; message: string; path: ReadonlyArray<string | number> }>) => {
    form.setErrors(byPath(errors));
    const known = Object.keys(form.values);
    const elsewhere = errors.filter((e) => !known.includes(String(e.path[0] ?? '')));
    return elsewhere.map((e) => e.message).join(' ');
  };

  return (
    <Stack maw={880}>
      <Title order={1} size="h2">SMTP settings</Title>
      <Text size="sm">
        The mail server the reports you schedule are sent through. Without settings here, the service's default server
        is used. {current ? `Last saved ${formatLocal(current.updatedAt)}.` : 'Nothing saved yet.'}
      </Text>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <NativeSelect
            label="Start from a provider"
            description="Fills in host, port and security; you add the user and password."
            data={[{ value: '', label: 'Choose a provider…' }, ...presets.map((p) => ({ value: p.key, label: p.name }))]}
            value={presetKey}
            onChange={(e) => {
              const picked = presets.find((p) => p.key === e.currentTarget.value);
              setPresetKey(e.currentTarget.value);
              if (picked) form.setValues({ host: picked.host, port: picked.port, security: picked.security });
            }}
          />
          {preset && (
            <Alert color="blue" title={preset.name} role="note">
              <Text size="sm">User name: {preset.userNameHint}</Text>
              {preset.host.includes('<') && <Text size="sm">Replace the part in angle brackets in the host.</Text>}
              <Text size="sm">{preset.notes}</Text>
            </Alert>
          )}
        </Stack>
      </Paper>
      <form
        noValidate
        onSubmit={form.onSubmit(async () => {
          setSaved(null);
          try {
            const { data: result } = await save({ variables: { input: input() } });
            const errors = result?.saveSmtpSettings.errors ?? [];
            if (errors.length) {
              setSaved({ ok: false, text: showErrors(errors) || 'The settings were not saved: see the fields marked.' });
              return;
            }
            setRemoveSecret(false);
            setSaved({ ok: true, text: 'Saved. The password is stored encrypted and never shown again.' });
          } catch (e) {
            setSaved({ ok: false, text: e instanceof Error ? e.message : 'The settings were not saved.' });
          }
        })}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Host" placeholder="smtp.example.com" required {...form.getInputProps('host')} />
            <NumberInput label="Port" min={1} max={65535} allowDecimal={false} required {...form.getInputProps('port')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label="Security" data={securities} {...form.getInputProps('security')} />
            <NativeSelect label="Sign-in" data={authentications} {...form.getInputProps('authentication')} />
          </SimpleGrid>
          <TextInput label="User name" description={xoauth ? 'The mailbox the token belongs to.' : 'Leave empty for a server that needs no sign-in.'} autoComplete="off" {...form.getInputProps('userName')} />
          {xoauth ? (
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the access token' }}
              label="Access token"
              description={current?.hasAccessToken ? 'A token is saved. Leave empty to keep it; changing host, port, security or user name needs it again.' : 'Used as given: paste a new one before it expires.'}
              autoComplete="off"
              {...form.getInputProps('accessToken')}
            />
          ) : (
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the password' }}
              label="Password"
              description={current?.hasPassword ? 'A password is saved (never shown). Leave empty to keep it; changing host, port, security or user name needs it again.' : 'No password saved.'}
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
          )}
          {(xoauth ? current?.hasAccessToken : current?.hasPassword) && (
            <Checkbox label={xoauth ? 'Remove the saved access token' : 'Remove the saved password'} checked={removeSecret} onChange={(e) => setRemoveSecret(e.currentTarget.checked)} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Sender address" type="email" placeholder="reports@example.com" required {...form.getInputProps('fromAddress')} />
            <TextInput label="Sender name" placeholder="School reports" {...form.getInputProps('fromName')} />
          </SimpleGrid>
          <Group gap="xs">
            <Button type="submit" loading={saving.loading}>Save</Button>
            <Button
              variant="default"
              loading={testing.loading}
              onClick={async () => {
                setTested(null);
                try {
                  const { data: result } = await test({ variables: { input: input() } });
                  const errors = result?.testSmtpSettings.errors ?? [];
                  if (errors.length) {
                    setTested({ succeeded: false, code: 'INPUT', message: showErrors(errors) || 'Correct the fields marked, then test again.' });
                    return;
                  }
                  if (result?.testSmtpSettings.result) setTested(result.testSmtpSettings.result);
                } catch (e) {
                  setTested({ succeeded: false, code: 'INPUT', message: e instanceof Error ? e.message : 'The test could not run.' });
                }
              }}
            >
              Test connection
            </Button>
          </Group>
          {saved && (
            <Alert color={saved.ok ? 'green' : 'red'} role={saved.ok ? 'status' : 'alert'}>
              <Text size="sm">{saved.text}</Text>
            </Alert>
          )}
          {tested && <SmtpTestOutcome result={tested} security={v.security} signsIn={v.userName.trim() !== ''} />}
        </Stack>
      </form>
    </Stack>
  );
}
