// graphql-js judges an introspection result and SDL produced in-process by our engine.
// Usage: node introspection-check.cjs <tests/node folder> <introspection.json> <schema.graphql>
// Prints { problems: [string] }: buildClientSchema + validateSchema on the introspection, buildSchema + validateSchema
// on the SDL, graphql-js's own introspection of our SDL compared with ours, and printSchema of both compared with our SDL.
const path = require('node:path');
const fs = require('node:fs');
const { isDeepStrictEqual } = require('node:util');
const graphql = require(path.join(process.argv[2], 'node_modules', 'graphql'));
const { buildClientSchema, buildSchema, getIntrospectionQuery, graphqlSync, printSchema, validateSchema } = graphql;

const ours = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const sdl = fs.readFileSync(process.argv[4], 'utf8');
const problems = [];

let clientSchema = null;
try {
  clientSchema = buildClientSchema(ours.data);
  for (const e of validateSchema(clientSchema)) problems.push(`validateSchema(buildClientSchema): ${e.message}`);
} catch (e) { problems.push(`buildClientSchema failed: ${e.message}`); }

let sdlSchema = null;
try {
  sdlSchema = buildSchema(sdl);
  for (const e of validateSchema(sdlSchema)) problems.push(`validateSchema(buildSchema(sdl)): ${e.message}`);
} catch (e) { problems.push(`buildSchema failed: ${e.message}`); }

if (sdlSchema) {
  const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
  const reference = JSON.parse(JSON.stringify(graphqlSync({ schema: sdlSchema, source: query })));
  if (reference.errors) problems.push(`graphql-js could not introspect our SDL: ${JSON.stringify(reference.errors)}`);
  else compare('data', ours.data, reference.data);
  if (printSchema(sdlSchema) !== sdl) problems.push('printSchema(buildSchema(sdl)) differs from our SDL');
}
if (clientSchema && printSchema(clientSchema) !== sdl) problems.push('printSchema(buildClientSchema(introspection)) differs from our SDL');

function compare(where, a, b) {
  if (problems.length > 20) return;
  if (isDeepStrictEqual(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) { a.forEach((x, i) => compare(`${where}[${i}${x && x.name ? ':' + x.name : ''}]`, x, b[i])); return; }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) compare(`${where}.${k}`, a[k], b[k]);
    return;
  }
  problems.push(`${where}: ours ${JSON.stringify(a)?.slice(0, 200)} vs graphql-js ${JSON.stringify(b)?.slice(0, 200)}`);
}

process.stdout.write(JSON.stringify({ problems, version: graphql.version }));
