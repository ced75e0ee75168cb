// The benchmark schema of bench/ReportGraph.GraphQL.Benchmarks/BenchSchema.cs, with the same data and resolvers.
import { buildSchema, GraphQLScalarType } from 'graphql';

// The SDL is exported too: the mercurius server builds it with its own copy of graphql.
export const typeDefs = `
  scalar DateTime

  enum BenchFormat { PDF CSV XLSX }
  enum BenchRunStatus { SUCCEEDED FAILED RUNNING }

  type Query {
    reports(first: Int! = 10): [Report!]!
    report(id: ID!): Report
  }

  type Report {
    id: ID!
    name: String!
    description: String
    format: BenchFormat!
    owner: User!
    schedules: [Schedule!]!
    runs(first: Int! = 5): [Run!]!
  }

  type User { id: ID! name: String! email: String! }

  type Schedule { id: ID! cron: String! timeZone: String! recipients: [String!]! paused: Boolean! }

  type Run { id: ID! startedAt: DateTime! status: BenchRunStatus! rowCount: Int! durationMs: Float! }
`;
export const schema = buildSchema(typeDefs);

// DateTime as RFC 3339 text, like the C# engine's DateTime scalar.
export const serializeDateTime = (value) => (value instanceof Date ? value.toISOString() : value);
Object.assign(schema.getType('DateTime'), new GraphQLScalarType({ name: 'DateTime', serialize: serializeDateTime }));

const formats = ['PDF', 'CSV', 'XLSX'];
const statuses = ['SUCCEEDED', 'FAILED', 'RUNNING'];
const start = Date.UTC(2026, 0, 1);

const reports = Array.from({ length: 100 }, (_, k) => {
  const i = k + 1;
  const allRuns = Array.from({ length: 10 }, (_, m) => {
    const r = m + 1;
    return {
      id: `run${i}-${r}`,
      startedAt: new Date(start + (i * 10 + r) * 3600_000),
      status: statuses[(i + r) % 3],
      rowCount: i * 100 + r,
      durationMs: i * 1.5 + r,
    };
  });
  return {
    id: `r${i}`,
    name: `Report ${i}`,
    description: i % 3 === 0 ? null : `Weekly figures for team ${i}`,
    format: formats[i % 3],
    owner: { id: `u${i % 7}`, name: `User ${i % 7}`, email: `user${i % 7}@example.com` },
    schedules: [1, 2].map((s) => ({
      id: `s${i}-${s}`,
      cron: `0 ${s + 5} * * 1`,
      timeZone: 'Europe/Berlin',
      recipients: [`team${i}@example.com`, 'boss@example.com'],
      paused: (i + s) % 5 === 0,
    })),
    // graphql-js's default resolver calls a function property with the field's arguments.
    runs: ({ first }) => allRuns.slice(0, first),
  };
});

export const rootValue = {
  reports: ({ first }) => reports.slice(0, first),
  report: ({ id }) => reports.find((r) => r.id === id) ?? null,
};
