// Apollo Client 4 with its defaults (InMemoryCache, HttpLink and Apollo's Accept header) running a query and a mutation
// with an API key, as a web app's data layer would.
//
// Usage: node apollo-client.mjs <url> <api-key> <query> <mutation>
// Output (stdout): { "query": {data, error}, "mutation": {data, error}, "unhandled": [message…] }
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';

const [url, apiKey, query, mutation] = process.argv.slice(2);
if (!url || !apiKey || !query || !mutation) {
  console.error('usage: node apollo-client.mjs <url> <api-key> <query> <mutation>');
  process.exit(2);
}
const unhandled = [];
process.on('unhandledRejection', (reason) => unhandled.push(`unhandledRejection: ${reason?.name ?? ''} ${reason?.message ?? String(reason)}`));

const client = new ApolloClient({
  link: new HttpLink({ uri: url, headers: { Authorization: `Bearer ${apiKey}` } }),
  cache: new InMemoryCache(),
});
const run = async (operation) => {
  try {
    const result = await operation();
    return { data: result.data ?? null, error: result.error ? { message: result.error.message } : null };
  } catch (e) {
    return { data: null, error: { message: e?.message ?? String(e) } };
  }
};
const queryResult = await run(() => client.query({ query: gql(query) }));
const mutationResult = await run(() => client.mutate({ mutation: gql(mutation) }));
await new Promise((resolve) => setTimeout(resolve, 200));
client.stop();
console.log(JSON.stringify({ query: queryResult, mutation: mutationResult, unhandled }));
process.exit(0);
