// Apollo Client 4 with @defer: HttpLink (multipart/mixed) and the GraphQL17Alpha9Handler, which reads the payload
// format of graphql-js 17 (pending / incremental / completed) that the server sends. Watches one query and records
// every result Apollo hands to the app: first the non-deferred fields (dataState "streaming"), then all of them.
//
// Usage: node apollo-defer-client.mjs <url> <api-key> <query>
// Output (stdout): { "results": [{ data, dataState, error }], "unhandled": [message…] }
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQL17Alpha9Handler } from '@apollo/client/incremental';

const [url, apiKey, query] = process.argv.slice(2);
if (!url || !apiKey || !query) {
  console.error('usage: node apollo-defer-client.mjs <url> <api-key> <query>');
  process.exit(2);
}
const unhandled = [];
process.on('unhandledRejection', (reason) => unhandled.push(`unhandledRejection: ${reason?.name ?? ''} ${reason?.message ?? String(reason)}`));

const client = new ApolloClient({
  link: new HttpLink({ uri: url, headers: { Authorization: `Bearer ${apiKey}` } }),
  cache: new InMemoryCache(),
  incrementalHandler: new GraphQL17Alpha9Handler(),
});
const results = [];
await new Promise((resolve) => {
  const timer = setTimeout(resolve, 20000);
  const subscription = client.watchQuery({ query: gql(query) }).subscribe({
    next: (result) => {
      results.push({ data: result.data ?? null, dataState: result.dataState ?? null, error: result.error ? { message: result.error.message } : null });
      if (result.dataState === 'complete' || result.error) {
        clearTimeout(timer);
        subscription.unsubscribe();
        resolve();
      }
    },
    error: (e) => {
      results.push({ data: null, dataState: null, error: { message: e?.message ?? String(e) } });
      clearTimeout(timer);
      resolve();
    },
  });
});
client.stop();
console.log(JSON.stringify({ results, unhandled }));
process.exit(0);
