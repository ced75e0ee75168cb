// The schema tools SPA developers point at a GraphQL URL, run against our server with an API key:
//  1. @graphql-tools/url-loader loads the schema by introspection (graphql-config and GraphQL Mesh use it);
//  2. @graphql-codegen/cli with the client preset generates typed documents from the URL for a query;
//  3. graphql-inspector introspect writes the schema as SDL.
// Each step reports its own result, so one tool failing does not hide the others.
//
// Usage: node schema-tools.mjs <url> <api-key> <query-document>
// Output (stdout): { "urlLoader": {...}, "codegen": {...}, "inspector": {...} }
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { UrlLoader } from '@graphql-tools/url-loader';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, validateSchema } from 'graphql';

const [url, apiKey, document] = process.argv.slice(2);
if (!url || !apiKey || !document) {
  console.error('usage: node schema-tools.mjs <url> <api-key> <query-document>');
  process.exit(2);
}
const headers = { Authorization: `Bearer ${apiKey}` };
const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'schema-tools-'));
const failure = (e) => ({ ok: false, error: e?.stack ?? e?.message ?? String(e) });
const report = {};

try {
  const [source] = await new UrlLoader().load(url, { headers });
  const schema = source.schema;
  report.urlLoader = { ok: validateSchema(schema).length === 0, types: Object.keys(schema.getTypeMap()).length, errors: validateSchema(schema).map(String) };
} catch (e) {
  report.urlLoader = failure(e);
}

try {
  writeFileSync(join(work, 'query.graphql'), document);
  const files = await generate({
    schema: { [url]: { headers } },
    documents: [join(work, 'query.graphql')],
    generates: { [join(work, 'gql') + '/']: { preset: 'client', presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' } } } },
    silent: true,
  }, true);
  const generated = readFileSync(join(work, 'gql', 'graphql.ts'), 'utf8');
  report.codegen = {
    ok: true,
    files: files.map((f) => f.filename.slice(work.length + 1)).sort(),
    graphqlTs: generated,
    persistedDocuments: JSON.parse(readFileSync(join(work, 'gql', 'persisted-documents.json'), 'utf8')),
  };
} catch (e) {
  report.codegen = failure(e);
}

try {
  const bin = join(here, 'node_modules', '.bin', 'graphql-inspector');
  const out = join(work, 'inspected.graphql');
  await promisify(execFile)(bin, ['introspect', url, '--header', `Authorization: Bearer ${apiKey}`, '--write', out], { timeout: 60000 });
  const sdl = readFileSync(out, 'utf8');
  report.inspector = { ok: validateSchema(buildSchema(sdl)).length === 0, sdlLength: sdl.length, hasQuery: /type Query\b/.test(sdl) };
} catch (e) {
  report.inspector = failure(e);
}

rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify(report));
process.exit(0);
