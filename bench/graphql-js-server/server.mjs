// graphql-js behind graphql-http's Node handler: the reference stack for the load comparison.
// Usage: node server.mjs [port]
import http from 'node:http';
import { createHandler } from 'graphql-http/lib/use/http';
import { schema, rootValue } from './schema.mjs';

const port = Number(process.argv[2] ?? 5081);
const handler = createHandler({ schema, rootValue });
http.createServer((req, res) => {
  if (req.url.startsWith('/graphql')) handler(req, res);
  else res.writeHead(404).end();
}).listen(port, '127.0.0.1', () => console.log(`graphql-js server on http://127.0.0.1:${port}/graphql`));
