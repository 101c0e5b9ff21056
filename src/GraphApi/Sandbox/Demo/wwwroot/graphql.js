// The demo's whole API access: POST /graphql with the caller's bearer token. Everything goes through the public
// GraphQL API; the only other call is the sandbox's sign-in.
const tokenKey = 'graphapi-demo-token';

export const session = {
  get token() { return sessionStorage.getItem(tokenKey); },
  set token(value) { value ? sessionStorage.setItem(tokenKey, value) : sessionStorage.removeItem(tokenKey); },
};

export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('\n'));
    this.errors = errors;
    this.code = errors[0]?.extensions?.code;
  }
}

export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${session.token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 401) {
    session.token = null;
    throw new GraphQLError([{ message: 'Your session expired: sign in again.', extensions: { code: 'UNAUTHENTICATED' } }]);
  }
  const body = await response.json();
  if (body.errors?.length && !body.data) throw new GraphQLError(body.errors);
  return body;
}

export async function signIn(user) {
  const response = await fetch('/sandbox/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? `Sign-in failed (${response.status}).`);
  session.token = body.access_token;
  return body.user;
}
