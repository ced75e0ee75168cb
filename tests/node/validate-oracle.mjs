// Differential validation oracle: validates every document of a corpus against a schema with graphql-js
// (the reference implementation) and prints the verdicts as JSON, so the C# tests can compare ours with it.
//
// Usage: node validate-oracle.mjs <schema.graphql> <corpus-dir-or-file> [more files or dirs...]
// Output (stdout): { "graphqlVersion": "16.x", "results": { "<file name>": { "valid": bool,
//   "syntaxError": string|null, "crash"?: string, "errors": [ { "message": string, "locations": [{ "line", "column" }] } ],
//   "hiddenSuggestionErrors": [ the same with validate's hideSuggestions option on ] } } }
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildSchema, parse, validate, version } from 'graphql';

const [schemaPath, ...inputs] = process.argv.slice(2);
if (!schemaPath || inputs.length === 0) {
  console.error('usage: node validate-oracle.mjs <schema.graphql> <corpus-dir-or-file>...');
  process.exit(2);
}

const schema = buildSchema(readFileSync(schemaPath, 'utf8'));

const files = [];
for (const input of inputs) {
  if (statSync(input).isDirectory()) {
    for (const name of readdirSync(input).sort()) {
      if (name.endsWith('.graphql')) files.push(join(input, name));
    }
  } else {
    files.push(input);
  }
}

const results = {};
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  let document;
  try {
    document = parse(text);
  } catch (e) {
    results[basename(file)] = { valid: false, syntaxError: e.message, errors: [] };
    continue;
  }
  const describe = (e) => ({
    message: e.message,
    locations: (e.locations ?? []).map(({ line, column }) => ({ line, column })),
  });
  let errors, hiddenSuggestionErrors;
  try {
    errors = validate(schema, document).map(describe);
    hiddenSuggestionErrors = validate(schema, document, undefined, { hideSuggestions: true }).map(describe);
  } catch (e) {
    // graphql-js itself can throw while validating some documents; report it rather than abort the corpus.
    results[basename(file)] = { valid: null, syntaxError: null, crash: String(e.message), errors: [] };
    continue;
  }
  results[basename(file)] = { valid: errors.length === 0, syntaxError: null, errors, hiddenSuggestionErrors };
}

process.stdout.write(JSON.stringify({ graphqlVersion: version, results }, null, 1));
