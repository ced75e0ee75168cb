// urql (@urql/core) with its default settings — cacheExchange + fetchExchange and urql's own Accept header, which
// lists text/event-stream after the JSON types — running a query and a mutation. A server that answered the query as
// a stream made urql abort it, and the AbortError ended Node as an unhandled rejection; the report records any.
//
// Usage: node urql-client.mjs <url> <api-key> <query> <mutation>
// Output (stdout): { "query": {data, error}, "mutation": {data, error}, "unhandled": [message…] }
import { Client, cacheExchange, fetchExchange } from '@urql/core';

const [url, apiKey, query, mutation] = process.argv.slice(2);
if (!url || !apiKey || !query || !mutation) {
  console.error('usage: node urql-client.mjs <url> <api-key> <query> <mutation>');
  process.exit(2);
}
const unhandled = [];
process.on('unhandledRejection', (reason) => unhandled.push(`unhandledRejection: ${reason?.name ?? ''} ${reason?.message ?? String(reason)}`));
process.on('uncaughtException', (error) => unhandled.push(`uncaughtException: ${error?.name ?? ''} ${error?.message ?? String(error)}`));

const client = new Client({
  url,
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: () => ({ headers: { Authorization: `Bearer ${apiKey}` } }),
});
const summary = (result) => ({
  data: result.data ?? null,
  error: result.error ? { message: result.error.message, graphQLErrors: result.error.graphQLErrors.map((e) => e.message), network: result.error.networkError?.message ?? null } : null,
});
const queryResult = summary(await client.query(query, {}).toPromise());
const mutationResult = summary(await client.mutation(mutation, {}).toPromise());
// An aborted stream rejects after the result was delivered: give such a rejection time to surface before reporting.
await new Promise((resolve) => setTimeout(resolve, 500));
console.log(JSON.stringify({ query: queryResult, mutation: mutationResult, unhandled }));
process.exit(0);
