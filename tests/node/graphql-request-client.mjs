// graphql-request (GraphQLClient) sending a query with variables and an API key, as a script or backend would.
//
// Usage: node graphql-request-client.mjs <url> <api-key> <query> <variables-json>
// Output (stdout): { "data": any, "error": {message, status, errors} | null }
import { GraphQLClient, ClientError } from 'graphql-request';

const [url, apiKey, query, variables] = process.argv.slice(2);
if (!url || !apiKey || !query || !variables) {
  console.error('usage: node graphql-request-client.mjs <url> <api-key> <query> <variables-json>');
  process.exit(2);
}
const client = new GraphQLClient(url, { headers: { Authorization: `Bearer ${apiKey}` } });
let data = null;
let error = null;
try {
  data = await client.request(query, JSON.parse(variables));
} catch (e) {
  error = e instanceof ClientError
    ? { message: e.message.split('\n')[0], status: e.response.status, errors: e.response.errors ?? null }
    : { message: e?.message ?? String(e), status: null, errors: null };
}
console.log(JSON.stringify({ data, error }));
process.exit(0);
