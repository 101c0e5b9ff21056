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
  return send({ 'content-type': 'application/json' }, JSON.stringify({ query, variables }));
}

// The GraphQL multipart request spec with fetch + FormData, no library: "operations" with each file's variable set to
// null, "map" from a part name to where the file goes, then the files. `files` maps a variable path such as
// "variables.input.mediaSource.imageUpload.file" to a File. No content-type header: the browser sets the multipart
// boundary. The bearer token already forces a CORS preflight, so no GraphQL-Preflight header is needed.
export async function graphqlUpload(query, variables, files) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables }));
  const entries = Object.entries(files);
  form.append('map', JSON.stringify(Object.fromEntries(entries.map(([path], i) => [String(i), [path]]))));
  entries.forEach(([, file], i) => form.append(String(i), file, file.name));
  return send({}, form);
}

async function send(headers, payload) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      ...headers,
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${session.token}`,
    },
    body: payload,
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
