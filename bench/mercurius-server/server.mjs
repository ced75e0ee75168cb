// mercurius (Fastify 5) with graphql-jit (`jit: 1`: each query is compiled after its first call): the fastest
// JavaScript peer in the load comparison. Same schema and data as ../graphql-js-server (the SDL is built with
// this folder's own graphql package: a schema object from the other folder's copy would fail graphql's instanceof checks).
// graphql-jit does not call function-valued properties of the root value or of parent objects the way
// graphql-js's default resolver does (it answers 200 with `data: null` from the compiled second call on), so
// reports, report and runs get thin resolvers that call the same functions.
// Usage: node server.mjs [port]
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { GraphQLScalarType } from 'graphql';
import { typeDefs, rootValue, serializeDateTime } from '../graphql-js-server/schema.mjs';

const port = Number(process.argv[2] ?? 5082);
const resolvers = {
  DateTime: new GraphQLScalarType({ name: 'DateTime', serialize: serializeDateTime }),
  Query: {
    reports: (_, args) => rootValue.reports(args),
    report: (_, args) => rootValue.report(args),
  },
  Report: {
    runs: (report, args) => report.runs(args),
  },
};

const app = Fastify({ logger: false });
app.register(mercurius, { schema: typeDefs, resolvers, jit: 1, path: '/graphql' });
await app.listen({ port, host: '127.0.0.1' });
console.log(`mercurius server on http://127.0.0.1:${port}/graphql`);
