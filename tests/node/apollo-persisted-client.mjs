// Apollo Client 4 with its persisted query link (automatic persisted queries, SHA-256 from node:crypto) in front of
// HttpLink, running the same query twice with an API key: the first time the server does not know the hash and the
// link sends the text once; the second time the hash alone is enough.
//
// Usage: node apollo-persisted-client.mjs <url> <api-key> <query>
// Output (stdout): { "results": [{data, error}…], "requests": [{ hasQuery, hasHash, status }…], "unhandled": [message…] }
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const [url, apiKey, query] = process.argv.slice(2);
if (!url || !apiKey || !query) {
  console.error('usage: node apollo-persisted-client.mjs <url> <api-key> <query>');
  process.exit(2);
}
const unhandled = [];
process.on('unhandledRejection', (reason) => unhandled.push(`unhandledRejection: ${reason?.name ?? ''} ${reason?.message ?? String(reason)}`));

const requests = [];
const recordingFetch = async (input, init) => {
  const body = init?.body ? JSON.parse(init.body) : {};
  const response = await fetch(input, init);
  requests.push({ hasQuery: typeof body.query === 'string', hasHash: !!body.extensions?.persistedQuery?.sha256Hash, status: response.status });
  return response;
};
const persisted = new PersistedQueryLink({ sha256: (text) => createHash('sha256').update(text).digest('hex') });
const client = new ApolloClient({
  link: persisted.concat(new HttpLink({ uri: url, headers: { Authorization: `Bearer ${apiKey}` }, fetch: recordingFetch })),
  cache: new InMemoryCache(),
});
const results = [];
for (let i = 0; i < 2; i++) {
  try {
    const result = await client.query({ query: gql(query), fetchPolicy: 'network-only' });
    results.push({ data: result.data ?? null, error: result.error ? { message: result.error.message } : null });
  } catch (e) {
    results.push({ data: null, error: { message: e?.message ?? String(e) } });
  }
}
client.stop();
console.log(JSON.stringify({ results, requests, unhandled }));
process.exit(0);
