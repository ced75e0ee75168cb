// Incremental delivery oracle: executes every document of a corpus with graphql-js 17's
// experimentalExecuteIncrementally (the reference implementation of @defer/@stream) and prints the full sequence of
// payloads as JSON, so the C# tests can compare ours with it payload by payload.
//
// Usage: node incremental-oracle.mjs <schema.graphql> <data.json> <corpus-dir>
// The data is the root value; fields resolve to the property of their name, and a value {"$error": "message"}
// throws that message (a field error). Output (stdout): { "graphqlVersion": "17.x", "results": { "<file>": [payloads] } }
// where a document that fails validation gives [{ "errors": [...] }].
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, experimentalExecuteIncrementally, parse, specifiedRules, validate, version } from 'graphql17';

const [schemaPath, dataPath, corpus] = process.argv.slice(2);
if (!schemaPath || !dataPath || !corpus) {
  console.error('usage: node incremental-oracle.mjs <schema.graphql> <data.json> <corpus-dir>');
  process.exit(2);
}

const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const rootValue = JSON.parse(readFileSync(dataPath, 'utf8'));

function fieldResolver(source, _args, _context, info) {
  const value = source?.[info.fieldName];
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && '$error' in value) {
    throw new Error(value.$error);
  }
  return value;
}

// Plain JSON (no undefined members, errors as { message, locations, path }), as a client receives it.
const plain = (value) => JSON.parse(JSON.stringify(value));

const results = {};
for (const name of readdirSync(corpus).filter((f) => f.endsWith('.graphql')).sort()) {
  const document = parse(readFileSync(join(corpus, name), 'utf8'));
  const errors = validate(schema, document, specifiedRules);
  if (errors.length > 0) {
    results[name] = [plain({ errors })];
    continue;
  }
  if (document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'subscription')) {
    results[name] = [{ valid: true }]; // subscriptions are only validated here
    continue;
  }
  const result = await experimentalExecuteIncrementally({ schema, document, rootValue, fieldResolver });
  if (!('initialResult' in result)) {
    results[name] = [plain(result)];
    continue;
  }
  const payloads = [plain(result.initialResult)];
  for await (const payload of result.subsequentResults) payloads.push(plain(payload));
  results[name] = payloads;
}

process.stdout.write(JSON.stringify({ graphqlVersion: version, results }, null, 1));
