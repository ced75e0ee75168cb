// Runs the GraphQL-over-HTTP audit suite of graphql-http (auditServer) against a running server and prints every
// result as JSON, so the C# conformance test can assert that there are no errors and no warnings.
//
// Usage: node http-audit.mjs <url>
// Output (stdout): { "results": [ { "id", "name", "status": "ok" | "warn" | "error", "reason"? } ] }
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http-audit.mjs <url>');
  process.exit(2);
}

const results = await auditServer({ url });
const out = [];
for (const r of results) {
  const entry = { id: r.id, name: r.name, status: r.status };
  if (r.status !== 'ok') {
    entry.reason = r.reason;
    if (r.response) {
      entry.response = { status: r.response.status, contentType: r.response.headers.get('content-type'), body: await r.response.text().catch(() => null) };
    }
  }
  out.push(entry);
}
console.log(JSON.stringify({ results: out }, null, 1));
