// A real subscriptions-transport-ws client (Apollo's legacy "graphql-ws" subprotocol, spoken by older Apollo Client
// links and many tools) subscribing to our server and printing what it received.
//
// Usage: node legacy-ws-client.mjs <ws-url> <query> [variables-json] [connection-params-json]
// Output (stdout): { "events": [payload…], "completed": bool, "error": any }
import pkg from 'subscriptions-transport-ws';
import WebSocket from 'ws';

const { SubscriptionClient } = pkg;
const [url, query, variables, connectionParams] = process.argv.slice(2);
if (!url || !query) {
  console.error('usage: node legacy-ws-client.mjs <ws-url> <query> [variables-json] [connection-params-json]');
  process.exit(2);
}
const unhandled = [];
process.on('unhandledRejection', (reason) => unhandled.push(String(reason?.message ?? reason)));

const connectionErrors = [];
const client = new SubscriptionClient(url, {
  reconnect: false,
  connectionParams: connectionParams ? JSON.parse(connectionParams) : undefined,
  connectionCallback: (error) => { if (error) connectionErrors.push(error); },
}, WebSocket);

const events = [];
const result = await new Promise((resolve) => {
  const timer = setTimeout(() => resolve({ completed: false, error: { message: 'timed out after 20 s' } }), 20000);
  client.onDisconnected(() => {
    if (connectionErrors.length) { clearTimeout(timer); resolve({ completed: false, error: connectionErrors[0] }); }
  });
  client.request({ query, variables: variables ? JSON.parse(variables) : undefined }).subscribe({
    next: (value) => events.push(value),
    error: (error) => { clearTimeout(timer); resolve({ completed: false, error: Array.isArray(error) ? error : { message: error?.message ?? String(error) } }); },
    complete: () => { clearTimeout(timer); resolve({ completed: true, error: null }); },
  });
});
client.close();
console.log(JSON.stringify({ events, ...result, connectionErrors, unhandled }));
process.exit(0);
