// The app's flow against a running gateway, every operation sent by hash only:
// dashboard -> board page (two pages) -> pin detail -> createPin -> updatePin (refused, then done) -> deletePin.
// Then it checks what the gateway does with the other id forms and with anything this build did not ship.
// Progress goes to stderr; the last stdout line is one JSON report.
import { createHash, randomUUID } from 'node:crypto';
import { GraphApiClient, GraphApiError, dataOf, firstCode, signIn } from './client.js';
import { BoardPageQuery, pinTile, type PinTile } from './board-page.js';
import { DashboardQuery, boardTile } from './dashboard.js';
import { PinDetailQuery } from './pin-detail.js';
import { CreatePinMutation, DeletePinMutation, UpdatePinMutation, mutationProblems } from './pin-mutations.js';

const gatewayUrl = (process.env.GRAPHAPI_URL ?? 'http://localhost:5130').replace(/\/+$/, '');
const user = process.env.GRAPHAPI_USER ?? 'demo.pinner';
const pageSize = 5;

const report: Record<string, unknown> = { gatewayUrl, user, steps: [] as string[] };
const steps = report.steps as string[];

function step(name: string, detail: string): void {
  steps.push(name);
  process.stderr.write(`✔ ${name}: ${detail}\n`);
}

function hashOf(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new GraphApiError('a generated document has no hash: run npm run build');
  return hash;
}

async function run(): Promise<void> {
  const token = await signIn(gatewayUrl, user);
  const client = new GraphApiClient(gatewayUrl, token);
  step('signed in', `${user} at ${gatewayUrl}`);

  // Dashboard: who is signed in, whether Pinterest is connected, the first boards with a cover image each.
  const dashboard = dataOf('Dashboard', await client.execute('Dashboard', DashboardQuery, { boardCount: 10 }));
  const boards = (dashboard.me?.boards?.nodes ?? []).map(boardTile);
  report.dashboard = {
    gateway: dashboard.gateway.version,
    upstream: dashboard.gateway.upstream,
    connection: dashboard.pinterestConnection.status,
    missingScopes: dashboard.pinterestConnection.missingScopes,
    username: dashboard.me?.username ?? null,
    boards: boards.length,
    boardsWithImage: boards.filter((b) => b.imageUrl !== null).length,
    moreBoards: dashboard.me?.boards?.pageInfo.hasNextPage ?? false,
  };
  step('dashboard', `${dashboard.me?.username} (${dashboard.pinterestConnection.status}), ${boards.length} boards`);

  // Board page: a board with more than one page of pins, two pages through the cursor.
  const board = boards.find((b) => b.pins > pageSize) ?? boards[0];
  if (!board) throw new GraphApiError('the dashboard shows no boards');
  const first = dataOf('BoardPage', await client.execute('BoardPage', BoardPageQuery, { id: board.id, first: pageSize }));
  const firstPins = (first.board?.pins?.edges ?? []).map((e) => pinTile(e.node));
  const endCursor = first.board?.pins?.pageInfo.endCursor ?? null;
  step('board page 1', `${first.board?.name}: ${firstPins.length} pins, more: ${first.board?.pins?.pageInfo.hasNextPage}`);
  let secondPins: PinTile[] = [];
  if (first.board?.pins?.pageInfo.hasNextPage && endCursor) {
    const second = dataOf('BoardPage', await client.execute('BoardPage', BoardPageQuery, { id: board.id, first: pageSize, after: endCursor }));
    secondPins = (second.board?.pins?.edges ?? []).map((e) => pinTile(e.node));
    step('board page 2', `${secondPins.length} more pins`);
  }
  report.boardPage = {
    boardId: board.id,
    name: board.name,
    page1: firstPins.map((p) => p.id),
    page2: secondPins.map((p) => p.id),
    hasNextPageAfterPage1: first.board?.pins?.pageInfo.hasNextPage ?? false,
    imagesOnPage1: firstPins.filter((p) => p.imageUrl !== null).length,
  };

  // Pin detail of the first pin on the board.
  const firstPin = firstPins[0];
  if (!firstPin) throw new GraphApiError(`board ${board.name} has no pins`);
  const detail = dataOf('PinDetail', await client.execute('PinDetail', PinDetailQuery, { id: firstPin.id }));
  if (!detail.pin) throw new GraphApiError(`pin ${firstPin.id} was not found`);
  const detailTile = pinTile(detail.pin);
  report.pinDetail = {
    id: detailTile.id,
    title: detailTile.title,
    boardId: detail.pin.board?.id ?? null,
    mediaType: detail.pin.media?.__typename ?? null,
    imageSizes: detail.pin.media?.images.map((i) => i.size) ?? [],
  };
  step('pin detail', `${detailTile.title} (${detail.pin.media?.__typename ?? 'no media'})`);

  // createPin with an idempotency key: a retry after a timeout would return the same pin (replayed) instead of a second one.
  const title = `Codegen example ${new Date().toISOString()}`;
  const created = dataOf(
    'CreatePin',
    await client.execute('CreatePin', CreatePinMutation, {
      input: {
        boardId: board.id,
        title,
        description: 'Created by examples/codegen with a persisted document.',
        link: 'https://example.com/codegen',
        mediaSource: { imageUrl: { url: 'https://images.example.com/codegen.jpg' } },
        idempotencyKey: randomUUID(),
      },
    }),
  ).createPin;
  const createProblems = mutationProblems(created.errors);
  if (!created.pin || createProblems.length > 0) throw new GraphApiError(`createPin was refused: ${JSON.stringify(createProblems)}`);
  const newPin = pinTile(created.pin);
  report.created = { id: newPin.id, title: newPin.title, boardId: created.pin.board?.id ?? null, replayed: created.replayed };
  step('pin created', `${newPin.id} "${newPin.title}"`);

  // updatePin with a title over Pinterest's 100 characters: refused as data (ValidationError in the MutationError union).
  const refused = dataOf('UpdatePin', await client.execute('UpdatePin', UpdatePinMutation, { input: { pinId: newPin.id, title: 'x'.repeat(101) } })).updatePin;
  const refusedProblems = mutationProblems(refused.errors);
  report.updateRefused = { pinReturned: refused.pin != null, errors: refusedProblems };
  step('pin update refused', refusedProblems.map((p) => `${p.type} ${p.code} on ${p.field}`).join(', ') || 'no errors (unexpected)');

  const updated = dataOf(
    'UpdatePin',
    await client.execute('UpdatePin', UpdatePinMutation, { input: { pinId: newPin.id, title: `${title} (edited)`, description: 'Edited by examples/codegen.' } }),
  ).updatePin;
  const updateProblems = mutationProblems(updated.errors);
  if (!updated.pin || updateProblems.length > 0) throw new GraphApiError(`updatePin was refused: ${JSON.stringify(updateProblems)}`);
  const updatedTile = pinTile(updated.pin);
  report.updated = { id: updatedTile.id, title: updatedTile.title, description: updated.pin.description ?? null };
  step('pin updated', updatedTile.title);

  const deleted = dataOf('DeletePin', await client.execute('DeletePin', DeletePinMutation, { input: { pinId: newPin.id } })).deletePin;
  const deleteProblems = mutationProblems(deleted.errors);
  if (!deleted.deletedPinId || deleteProblems.length > 0) throw new GraphApiError(`deletePin was refused: ${JSON.stringify(deleteProblems)}`);
  step('pin deleted', deleted.deletedPinId);

  // The deleted pin is gone: pin(id) is null with NOT_FOUND.
  const gone = await client.execute('PinDetail', PinDetailQuery, { id: newPin.id });
  report.deleted = { id: deleted.deletedPinId, afterDelete: { pin: gone.data?.pin ?? null, code: firstCode(gone) } };
  step('deleted pin gone', `pin(id) -> ${gone.data?.pin === null ? 'null' : 'still there'} (${firstCode(gone)})`);

  const ownOperations = client.sent.length;

  // The same operation through the gateway's other accepted id forms answers the same data.
  const pinHash = hashOf(PinDetailQuery);
  const prefixed = await client.post<typeof detail>('PinDetail (sha256: id)', { documentId: `sha256:${pinHash}`, variables: { id: firstPin.id } });
  const apq = await client.post<typeof detail>('PinDetail (APQ hash)', {
    variables: { id: firstPin.id },
    extensions: { persistedQuery: { version: 1, sha256Hash: pinHash } },
  });
  const same = (other: typeof prefixed): boolean => other.errors.length === 0 && JSON.stringify(other.data) === JSON.stringify(detail);
  const bareHex = /^[0-9a-f]{64}$/;
  report.idForms = { bareHash: client.sent.slice(0, ownOperations).every((r) => bareHex.test(r.documentId)), prefixed: same(prefixed), apq: same(apq) };
  step('id forms', `sha256:<hash> ${same(prefixed) ? 'same data' : 'differs'}, extensions.persistedQuery ${same(apq) ? 'same data' : 'differs'}`);

  // What this build did not ship: a document missing from the manifest, query text, an APQ registration, a SHA-1 id.
  const notShipped = 'query NotShipped { gateway { version } }';
  const notShippedHash = createHash('sha256').update(notShipped, 'utf8').digest('hex');
  const unknownId = await client.post('NotShipped (id)', { documentId: notShippedHash });
  const text = await client.post('NotShipped (text)', { query: notShipped });
  const register = await client.post('NotShipped (APQ registration)', {
    query: notShipped,
    extensions: { persistedQuery: { version: 1, sha256Hash: notShippedHash } },
  });
  const sha1 = await client.post('Dashboard (SHA-1 id)', { documentId: createHash('sha1').update('query Dashboard { me { username } }').digest('hex') });
  report.refusals = {
    unknownDocumentId: { status: unknownId.status, code: firstCode(unknownId) },
    queryText: { status: text.status, code: firstCode(text), ran: text.data != null },
    apqRegistration: { status: register.status, code: firstCode(register), ran: register.data != null },
    sha1DocumentId: { status: sha1.status, code: firstCode(sha1) },
  };
  step('refusals', `unknown id ${firstCode(unknownId)}, query text ${firstCode(text) ?? 'ACCEPTED (RequiredForAll is off)'}, APQ registration ${firstCode(register) ?? 'ACCEPTED'}, SHA-1 id ${firstCode(sha1)}`);

  const own = client.sent.slice(0, ownOperations);
  report.requests = {
    operations: ownOperations,
    withQueryText: own.filter((r) => r.hasQueryText).length,
    documentIds: [...new Set(own.map((r) => r.documentId))].sort(),
  };
}

try {
  await run();
  process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`✘ ${message}\n`);
  report.error = message;
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exitCode = 1;
}
