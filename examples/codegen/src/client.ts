import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A GraphQL error as the gateway sends it: a stable code in extensions.code. */
export interface GraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResult<TData> {
  status: number;
  data: TData | null | undefined;
  errors: GraphQLError[];
}

/** What the gateway was sent: the example proves it never sends document text for its own operations. */
export interface SentRequest {
  operation: string;
  documentId: string;
  hasQueryText: boolean;
}

// The client preset (persistedDocuments, mode replaceDocumentWithHash) gives every operation this shape: its types, and
// the SHA-256 of the document that codegen wrote into persisted-documents.json, but no document text.
type PersistedDocument<TData, TVariables> = TypedDocumentNode<TData, TVariables> & { __meta__?: { hash?: string } };

export class GraphApiError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLError[] = [],
  ) {
    super(message);
  }
}

/** Signs a demo user in: the sandbox issues a caller token and connects the user's sandbox Pinterest account. */
export async function signIn(gatewayUrl: string, user: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/sandbox/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, connect: true }),
  });
  if (!response.ok) {
    throw new GraphApiError(`POST /sandbox/token answered ${response.status}: is the gateway running in sandbox mode at ${gatewayUrl}?`);
  }
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) {
    throw new GraphApiError('POST /sandbox/token answered without an access_token.');
  }
  return body.access_token;
}

/**
 * Runs typed operations by hash only: `documentId` is the hash codegen computed (`document.__meta__.hash`), with no
 * `query`, so a gateway that requires trusted documents runs exactly the operations this app shipped.
 */
export class GraphApiClient {
  readonly sent: SentRequest[] = [];

  constructor(
    private readonly gatewayUrl: string,
    private readonly token: string,
  ) {}

  async execute<TData, TVariables>(operation: string, document: PersistedDocument<TData, TVariables>, variables: TVariables): Promise<GraphQLResult<TData>> {
    const hash = document.__meta__?.hash;
    if (!hash) {
      throw new GraphApiError(`${operation} has no persisted-document hash: run npm run build (codegen with persistedDocuments).`);
    }
    return this.post<TData>(operation, { documentId: hash, variables });
  }

  /** Sends a raw request body (the id-form and refusal checks use it); records whether it carried document text. */
  async post<TData>(operation: string, body: Record<string, unknown>): Promise<GraphQLResult<TData>> {
    this.sent.push({ operation, documentId: typeof body.documentId === 'string' ? body.documentId : '', hasQueryText: 'query' in body });
    const response = await fetch(`${this.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: { data?: TData | null; errors?: GraphQLError[] };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      throw new GraphApiError(`${operation}: the gateway answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
    }
    return { status: response.status, data: parsed.data, errors: parsed.errors ?? [] };
  }
}

/** The data of a result that must have succeeded; otherwise an error naming the operation and the gateway's codes. */
export function dataOf<TData>(operation: string, result: GraphQLResult<TData>): TData {
  if (result.errors.length > 0 || result.data == null) {
    const codes = result.errors.map((e) => `${e.extensions?.code ?? 'NO_CODE'}: ${e.message}`).join('; ');
    const hint = result.errors.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')
      ? ' (the gateway does not know this build\'s documents: deploy trusted-documents/persisted-documents.json to GraphQL:TrustedDocuments:Folder)'
      : '';
    throw new GraphApiError(`${operation} failed with HTTP ${result.status}: ${codes || 'no data'}${hint}`, result.errors);
  }
  return result.data;
}

export function firstCode(result: GraphQLResult<unknown>): string | null {
  return result.errors[0]?.extensions?.code ?? null;
}
