// Writes the JSON request bodies of the load comparison: the dashboard query and the full introspection query.
// Usage: node write-bodies.mjs <folder>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';

const folder = process.argv[2] ?? '.';
const dashboard = `query Dashboard($first: Int!) {
  reports(first: $first) {
    id name description format
    owner { id name email }
    schedules { id cron timeZone recipients paused }
    runs(first: 5) { id startedAt status rowCount durationMs }
  }
}`;
writeFileSync(join(folder, 'dashboard.json'), JSON.stringify({ query: dashboard, variables: { first: 20 } }));
const introspection = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
writeFileSync(join(folder, 'introspection.json'), JSON.stringify({ query: introspection }));
