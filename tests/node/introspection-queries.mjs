// Prints (JSON) graphql-js's getIntrospectionQuery() in every combination of its six options, so the C# tests can
// check that the server's limits accept what real clients send (issue 12).
// Usage: node introspection-queries.mjs
// Output (stdout): [ { "options": {...}, "query": "..." }, ... ] — 64 entries.
import { getIntrospectionQuery } from 'graphql';

const names = ['descriptions', 'specifiedByUrl', 'directiveIsRepeatable', 'schemaDescription', 'inputValueDeprecation', 'oneOf'];
const result = [];
for (let mask = 0; mask < 1 << names.length; mask++) {
  const options = Object.fromEntries(names.map((name, i) => [name, (mask & (1 << i)) !== 0]));
  result.push({ options, query: getIntrospectionQuery(options) });
}
console.log(JSON.stringify(result));
