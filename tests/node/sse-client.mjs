// A real graphql-sse client in "distinct connections mode" (GraphQL over SSE) subscribing to our server.
//
// Usage: node sse-client.mjs <url> <query> [variables-json] [headers-json]
// Output (stdout): { "events": [payload…], "completed": bool, "error": any }
import { createClient } from 'graphql-sse';

const [url, query, variables, headers] = process.argv.slice(2);
if (!url || !query) {
  console.error('usage: node sse-client.mjs <url> <query> [variables-json] [headers-json]');
  process.exit(2);
}
const client = createClient({ url, singleConnection: false, retryAttempts: 0, headers: headers ? JSON.parse(headers) : undefined });
const events = [];
let completed = false;
let error = null;
try {
  for await (const event of client.iterate({ query, variables: variables ? JSON.parse(variables) : undefined })) events.push(event);
  completed = true;
} catch (e) {
  error = Array.isArray(e) ? e : { message: e?.message ?? String(e) };
}
client.dispose();
console.log(JSON.stringify({ events, completed, error }));
process.exit(0);
