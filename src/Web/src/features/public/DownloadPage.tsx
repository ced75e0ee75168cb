import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorState, Loading } from '../../shared/States';
import { formatLocal, viewerZone } from '../../shared/time';

const DownloadLinkByToken = graphql(`
  query DownloadLinkByToken($token: String!) {
    downloadLink(token: $token) { status fileName format sizeBytes expiresAt scheduleName periodLabel scheduledFor url }
  }
`);

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "1.4 MB" in the browser's locale; 1024-based like the email's own sizes. */
function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(undefined, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** Why a link does not download, in words, and what the reader can do about it. */
const gone = {
  EXPIRED: {
    title: 'This download link has expired',
    text: 'Download links in report emails work for a limited time. Ask the sender to run the report again for a new link, or wait for the next email of this report.',
  },
  REMOVED: {
    title: 'This file is no longer available',
    text: 'The file was removed after the email was sent (old reports are deleted after a while). Ask the sender to run the report again for a new link.',
  },
  NOT_VALID: {
    title: 'This download link is not valid',
    text: 'It may have been copied incompletely: long links sometimes break across lines. Open it again from the email, or ask the sender for a new one.',
  },
} as const;

/**
 * /email/files/:token — where a report email's link for a file too large to attach leads, in the app's look; no sign-in
 * (the signed token is the key). Shows the file and its run with a Download button (a plain link to /files/:token, which
 * the browser downloads), or in words why the link no longer works. The same link without /email downloads directly,
 * for mail clients and browsers without JavaScript.
 */
export default function DownloadPage() {
  const { token = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DownloadLinkByToken, { variables: { token }, fetchPolicy: 'network-only' });
  const link = data?.downloadLink;
  const why = gone[link?.status === 'EXPIRED' || link?.status === 'REMOVED' ? link.status : 'NOT_VALID'];

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={520}>
        {loading && !link ? <Loading label="Checking the download link" /> : error && !link ? (
          <Stack>
            <Title order={1} size="h2">Download a report</Title>
            <ErrorState error={error} retry={() => void refetch()} />
          </Stack>
        ) : link?.status === 'AVAILABLE' && link.url ? (
          <Stack>
            <Title order={1} size="h2">Download your report</Title>
            <Stack gap={4}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Text fw={700} style={{ wordBreak: 'break-word' }}>{link.fileName}</Text>
                {link.format && <Badge variant="filled" color="indigo" style={{ flexShrink: 0 }}>{link.format}</Badge>}
              </Group>
              {link.sizeBytes != null && <Text size="sm">Size: {formatSize(link.sizeBytes)}</Text>}
            </Stack>
            <Stack gap={4}>
              <Text size="sm"><strong>Report:</strong> {link.scheduleName}{link.periodLabel ? ` · ${link.periodLabel}` : ''}</Text>
              {link.scheduledFor && <Text size="sm"><strong>Run:</strong> {formatLocal(link.scheduledFor)}</Text>}
              {link.expiresAt && <Text size="sm"><strong>Link works until:</strong> {formatLocal(link.expiresAt)}</Text>}
            </Stack>
            <Button component="a" href={link.url} download={link.fileName ?? true} size="lg" fullWidth>
              Download {link.format ?? 'file'}
            </Button>
            <Text size="xs" c="dimmed">Times are in your time zone ({viewerZone}).</Text>
            <Text size="xs" c="dimmed">
              No JavaScript? <Anchor href={link.url} size="xs" underline="always">Download directly</Anchor> (the same link without <code>/email</code>).
            </Text>
          </Stack>
        ) : (
          <Stack>
            <Title order={1} size="h2">{why.title}</Title>
            <Alert color={link?.status === 'NOT_VALID' ? 'red' : 'yellow'} role="alert">
              <Stack gap="xs">
                {link?.status === 'EXPIRED' && link.expiresAt && <Text size="sm">It stopped working on {formatLocal(link.expiresAt)}.</Text>}
                <Text size="sm">{why.text}</Text>
              </Stack>
            </Alert>
          </Stack>
        )}
      </Paper>
    </Center>
  );
}
