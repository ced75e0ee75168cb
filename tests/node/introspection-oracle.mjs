// graphql-js as the judge of our introspection and SDL:
//  1. the full introspection query (every option of getIntrospectionQuery on) sent to our server must give a result
//     that buildClientSchema accepts and validateSchema finds valid;
//  2. our ?sdl must parse with buildSchema and be valid;
//  3. differential: graphql-js executing the same introspection query on buildSchema(our SDL) must give the same data;
//  4. the schema from introspection and the one from SDL must print identically.
//
// Usage: node introspection-oracle.mjs <url>
// Output (stdout): { "ok": bool, "problems": [string], "typeCount": n, "sdlLength": n }
import { buildClientSchema, buildSchema, getIntrospectionQuery, graphql, printSchema, validateSchema } from 'graphql';
import { isDeepStrictEqual } from 'node:util';

const url = process.argv[2];
if (!url) {
  console.error('usage: node introspection-oracle.mjs <url>');
  process.exit(2);
}
const problems = [];
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

const res = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const ours = await res.json();
if (res.status !== 200) problems.push(`introspection: HTTP ${res.status}`);
if (ours.errors) problems.push(`introspection errors: ${JSON.stringify(ours.errors)}`);

let clientSchema = null;
try {
  clientSchema = buildClientSchema(ours.data);
  for (const e of validateSchema(clientSchema)) problems.push(`validateSchema(buildClientSchema(introspection)): ${e.message}`);
} catch (e) {
  problems.push(`buildClientSchema failed: ${e.message}`);
}

const sdlRes = await fetch(`${url}?sdl`);
const sdl = await sdlRes.text();
if (sdlRes.status !== 200) problems.push(`?sdl: HTTP ${sdlRes.status}`);
let sdlSchema = null;
try {
  sdlSchema = buildSchema(sdl);
  for (const e of validateSchema(sdlSchema)) problems.push(`validateSchema(buildSchema(sdl)): ${e.message}`);
} catch (e) {
  problems.push(`buildSchema(sdl) failed: ${e.message}`);
}

if (sdlSchema) {
  const reference = await graphql({ schema: sdlSchema, source: query });
  if (reference.errors) problems.push(`graphql-js could not introspect our SDL: ${JSON.stringify(reference.errors)}`);
  else compare('', ours.data, JSON.parse(JSON.stringify(reference.data)));
}
if (clientSchema && sdlSchema) {
  const a = printSchema(clientSchema);
  const b = printSchema(sdlSchema);
  if (a !== b) problems.push('printSchema(buildClientSchema(introspection)) differs from printSchema(buildSchema(sdl))');
}

console.log(JSON.stringify({ ok: problems.length === 0, problems, typeCount: ours.data?.__schema?.types?.length ?? 0, sdlLength: sdl.length }, null, 1));

// Reports the first differences with their paths (types and fields are compared by name so order differences show clearly).
function compare(path, a, b) {
  if (problems.length > 40) return;
  if (isDeepStrictEqual(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = (x) => (x && typeof x === 'object' && 'name' in x ? x.name : null);
    if (a.every((x) => key(x) !== null) && b.every((x) => key(x) !== null)) {
      const an = a.map(key), bn = b.map(key);
      if (!isDeepStrictEqual(an, bn)) problems.push(`${path}: names differ: ours [${an}] vs graphql-js [${bn}]`);
      for (const x of a) {
        const y = b.find((z) => key(z) === key(x));
        if (y) compare(`${path}[${key(x)}]`, x, y);
      }
      return;
    }
    if (a.length !== b.length) { problems.push(`${path}: length ${a.length} vs ${b.length}`); return; }
    a.forEach((x, i) => compare(`${path}[${i}]`, x, b[i]));
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) compare(`${path}.${k}`, a[k], b[k]);
    return;
  }
  problems.push(`${path}: ours ${JSON.stringify(a)} vs graphql-js ${JSON.stringify(b)}`);
}
