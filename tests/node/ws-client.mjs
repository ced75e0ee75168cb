// A real graphql-ws client (graphql-transport-ws protocol) subscribing to our server and printing what it received.
//
// Usage: node ws-client.mjs <ws-url> <query> [variables-json] [connection-params-json]
// connection-params-json is sent as the connection_init payload, e.g. {"Authorization":"Bearer rgk_…"} (how a browser,
// which cannot set headers on a WebSocket, authenticates).
// Output (stdout): { "events": [payload…], "completed": bool, "error": any (a close has code and reason) }
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, query, variables, connectionParams] = process.argv.slice(2);
if (!url || !query) {
  console.error('usage: node ws-client.mjs <ws-url> <query> [variables-json] [connection-params-json]');
  process.exit(2);
}
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  retryAttempts: 0,
  lazy: true,
  connectionParams: connectionParams ? JSON.parse(connectionParams) : undefined,
});
const events = [];
let completed = false;
let error = null;
try {
  const subscription = client.iterate({ query, variables: variables ? JSON.parse(variables) : undefined });
  for await (const event of subscription) events.push(event);
  completed = true;
} catch (e) {
  error = Array.isArray(e) ? e : { message: e?.message ?? String(e), code: e?.code, reason: e?.reason };
}
await client.dispose();
console.log(JSON.stringify({ events, completed, error }));
process.exit(0);
