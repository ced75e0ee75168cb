import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

// Same origin: the session cookie (HttpOnly, SameSite=Strict) rides along; JSON bodies satisfy the host's CSRF rule.
const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
const ws = new GraphQLWsLink(
  createClient({ url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`, lazy: true }),
);

export const client = new ApolloClient({
  link: ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    ws,
    http,
  ),
  cache: new InMemoryCache({
    typePolicies: {
      Query: { fields: { schedules: { keyArgs: ['where', 'order'] } } },
    },
  }),
});
