// A real OpenID provider for the single sign-on tests: oidc-provider (a certified implementation) on 127.0.0.1 and
// a free port, with one confidential client, PKCE required, and the test's accounts. Usage:
//   node oidc-provider.mjs '{"redirectUri":"http://localhost:5000/signin/oidc/callback","clientId":"…","clientSecret":"…",
//                          "accounts":{"ann":{"email":"ann@example.org","email_verified":true,"name":"Ann","groups":["g"]}}}'
// Prints {"issuer":"http://127.0.0.1:<port>"} once listening; stops when its standard input closes.
// The login is driven with plain HTTP: the authorization request redirects to /interaction/<uid>; a POST of
// login=<account> to /interaction/<uid>/login signs that account in (consent is implied), and a POST to
// /interaction/<uid>/abort answers the client with access_denied. GET /test/log lists the pushed authorization
// requests (PAR, which the client uses when the provider offers it) with their PKCE code_challenge, and per token
// request whether it carried the code_verifier.
import http from 'node:http';
import Provider from 'oidc-provider';

const config = JSON.parse(process.argv[2] ?? '{}');
const accounts = config.accounts ?? {};
const log = { pushedAuthorizationRequests: [], tokenRequests: [] };

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: config.clientId,
    client_secret: config.clientSecret,
    redirect_uris: [config.redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'profile', 'groups'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
  features: { devInteractions: { enabled: false } },
  cookies: { keys: ['reportgraph-test-only-cookie-key'] },
  async findAccount(ctx, id) {
    const account = accounts[id];
    return account && { accountId: id, claims: async () => ({ sub: id, ...account }) };
  },
  // Consent is implied: a first-party test client gets the scopes it asks for.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' '));
    await grant.save();
    return grant;
  },
});
provider.on('pushed_authorization_request.success', (ctx) => log.pushedAuthorizationRequests.push({
  responseType: ctx.oidc.params?.response_type,
  redirectUri: ctx.oidc.params?.redirect_uri,
  codeChallenge: ctx.oidc.params?.code_challenge,
  codeChallengeMethod: ctx.oidc.params?.code_challenge_method,
}));
provider.on('grant.success', (ctx) => log.tokenRequests.push({ codeVerifier: Boolean(ctx.oidc.params?.code_verifier) }));
provider.on('server_error', (ctx, err) => console.error('server_error', err));

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    const url = new URL(req.url, issuer);
    const interaction = url.pathname.match(/^\/interaction\/([^/]+)\/(login|abort)$/);
    if (req.method === 'POST' && interaction) {
      const form = new URLSearchParams(await readBody(req));
      const result = interaction[2] === 'login'
        ? (accounts[form.get('login')] ? { login: { accountId: form.get('login') } } : { error: 'access_denied', error_description: 'Unknown test account' })
        : { error: 'access_denied', error_description: 'The user cancelled the sign-in' };
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/interaction/')) {
      const details = await provider.interactionDetails(req, res);
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<form method="post" action="/interaction/${details.uid}/login"><input name="login"><button>Sign in</button></form>`);
      return;
    }
    if (req.method === 'GET' && url.pathname === '/test/log') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(log));
      return;
    }
    callback(req, res);
  } catch (err) {
    console.error(err);
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(err));
  }
});

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
