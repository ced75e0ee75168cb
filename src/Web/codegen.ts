import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every GraphQL document in src/, from the reviewed schema snapshot (no running host, no network).
// Run `npm run codegen` after changing a document or the schema; the output in src/gql/ is committed.
const config: CodegenConfig = {
  // The snapshot is plain SDL (with a byte-order mark) under a .snap name the loaders do not know, so it is read here.
  schema: readFileSync('../../tests/ReportGraph.Host.Tests/Api/__snapshots__/PublicSchemaTests.The_public_api_is_the_reviewed_schema.snap', 'utf8').replace(/^\uFEFF/, ''),
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', LocalTime: 'string', JSON: 'unknown', Decimal: 'number', Long: 'number', PathSegment: 'string | number' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
