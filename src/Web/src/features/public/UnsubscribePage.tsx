import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { graphql } from '../../gql';

const Unsubscribe = graphql(`
  mutation UnsubscribeByToken($token: String!) {
    unsubscribe(input: { token: $token }) { scheduleName email isSubscribed errors { code message path } }
  }
`);
const Resubscribe = graphql(`
  mutation ResubscribeByToken($token: String!) {
    resubscribe(input: { token: $token }) { scheduleName email isSubscribed errors { code message path } }
  }
`);

/**
 * /email/unsubscribe/:token — the link in report emails, in the app's look; no sign-in (the token is the key).
 * Nothing changes until the reader confirms, so a mail scanner that opens links unsubscribes no one. The
 * server-rendered /unsubscribe/:token stays for the List-Unsubscribe header and browsers without JavaScript.
 */
export default function UnsubscribePage() {
  const { token = '' } = useParams();
  const [unsubscribe, left] = useMutation(Unsubscribe);
  const [resubscribe, back] = useMutation(Resubscribe);
  // Each button resets the other mutation, so the one with data is the latest answer.
  const answer = back.data?.resubscribe ?? left.data?.unsubscribe;
  const failed = answer?.errors.length ? answer.errors : null;
  const error = left.error ?? back.error;

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={480}>
        <Stack>
          <Title order={1} size="h2">{answer && !failed ? (answer.isSubscribed ? 'Subscribed again' : 'Unsubscribed') : 'Unsubscribe?'}</Title>
          {failed && <Alert color="red" role="alert" title="Link not valid">This unsubscribe link is not valid. It may have been copied incompletely, or the report no longer goes to this address.</Alert>}
          {error && <Alert color="red" role="alert" title="Something went wrong">{error.message.includes('fetch') ? 'The server cannot be reached. Try again.' : error.message}</Alert>}
          {!answer && (
            <>
              <Text>Stop receiving this report by email? Other reports you get are not affected.</Text>
              <Button color="red.9" loading={left.loading} onClick={() => void unsubscribe({ variables: { token } })}>Unsubscribe</Button>
            </>
          )}
          {answer && !failed && !answer.isSubscribed && (
            <>
              <Text role="status">You have been unsubscribed from <strong>“{answer.scheduleName}”</strong>; {answer.email} will receive no more emails of this report.</Text>
              <Text size="sm" c="dimmed">Unsubscribed by mistake?</Text>
              <Button variant="default" loading={back.loading} onClick={() => { left.reset(); void resubscribe({ variables: { token } }); }}>Resubscribe</Button>
            </>
          )}
          {answer && !failed && answer.isSubscribed && (
            <>
              <Text role="status">You will receive the report <strong>“{answer.scheduleName}”</strong> again at {answer.email}.</Text>
              <Button variant="default" loading={left.loading} onClick={() => { back.reset(); void unsubscribe({ variables: { token } }); }}>Unsubscribe again</Button>
            </>
          )}
          <Text size="xs" c="dimmed">
            No JavaScript? <Anchor href={`/unsubscribe/${encodeURIComponent(token)}`} size="xs">Use the simple page</Anchor>.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
