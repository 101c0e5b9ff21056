// npm start: drives Apollo Client against a running GraphApi (sandbox mode) the way an app does, and
// prints one progress line per step on stderr and one JSON report as the last stdout line.
import { CombinedGraphQLErrors, gql } from "@apollo/client";
import { addPinToBoard, createClient } from "./client.mjs";
import * as documents from "./documents.mjs";
import { randomUUID } from "node:crypto";

const url = (process.env.GRAPHAPI_URL ?? "http://localhost:5130").replace(/\/$/, "");
const Dashboard = gql(documents.Dashboard);
const BoardPins = gql(documents.BoardPins);
const PinDetail = gql(documents.PinDetail);
const RenamePin = gql(documents.RenamePin);
const CreatePin = gql(documents.CreatePin);

/** fetch, counting what goes to /graphql: how the report proves which steps reached the gateway. */
function countingFetch() {
  const seen = { requests: 0, statuses: [] };
  const wrapped = async (input, init) => {
    seen.requests++;
    const response = await fetch(input, init);
    seen.statuses.push(response.status);
    return response;
  };
  return { seen, fetch: wrapped };
}

/** A token for a sandbox demo user (README step 4); `scopes` limits what its Pinterest connection grants. */
async function sandboxToken(user, scopes) {
  const response = await fetch(`${url}/sandbox/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ user, connect: true, ...(scopes ? { scopes } : {}) }),
  });
  if (!response.ok) throw new Error(`POST /sandbox/token answered ${response.status}: ${await response.text()}`);
  return (await response.json()).access_token;
}

const codesOf = (error) => (CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.extensions?.code) : []);
const idsOf = (connection) => connection.edges.map((edge) => edge.node.id);
const progress = (line) => console.error(`apollo: ${line}`);

/** The first settled (not loading) result of a watched query. */
function settled(observable) {
  return new Promise((resolve, reject) => {
    const subscription = observable.subscribe({
      next: (result) => {
        if (!result.loading) {
          resolve(result);
          queueMicrotask(() => subscription.unsubscribe());
        }
      },
      error: reject,
    });
  });
}

// Apollo Client warns on stderr in development builds when the cache setup does not fit the schema (a type
// without keys, a fragment it cannot match): count them, a correct setup has none.
const warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  warnings.push(String(args[0]).split("\n")[0]);
  warn(...args);
};

const report = { client: "apollo-client-4" };
const pinner = countingFetch();
// GRAPHAPI_USER picks the sandbox demo user (default demo.pinner), so two runs at once need not share boards.
const token = await sandboxToken(process.env.GRAPHAPI_USER ?? "demo.pinner");
const client = createClient({ url, token: () => token, fetch: pinner.fetch });

/** Runs one step and records what it saw plus how many HTTP requests it made through `counter`. */
async function step(name, run, counter = pinner) {
  const before = counter.seen.requests;
  const result = await run();
  report[name] = { ...result, requests: counter.seen.requests - before };
  progress(`${name}: ${JSON.stringify(report[name])}`);
}

try {
  // 1. The dashboard: viewer and the first page of boards, into the normalised cache.
  const dashboard = client.watchQuery({ query: Dashboard, variables: { first: 2 } });
  const keep = dashboard.subscribe(() => {}); // an app keeps its query watched while it is on screen
  let firstPage;
  await step("dashboard", async () => {
    const { data } = await settled(dashboard);
    firstPage = data.me.boards;
    return { username: data.me.username, boards: firstPage.edges.length, hasNextPage: firstPage.pageInfo.hasNextPage };
  });

  // 2. fetchMore: the next page of boards, merged by relayStylePagination; then read the merged list back
  //    from the cache with the first page's variables.
  await step("nextPage", async () => {
    const more = await dashboard.fetchMore({ variables: { after: firstPage.pageInfo.endCursor } });
    const secondPage = more.data.me.boards;
    const merged = client.readQuery({ query: Dashboard, variables: { first: 2 } }).me.boards;
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the watcher hear the cache broadcast
    const ids = idsOf(merged);
    return {
      secondPage: secondPage.edges.length,
      merged: ids.length,
      distinct: new Set(ids).size,
      firstPageThenSecond: JSON.stringify(ids) === JSON.stringify([...idsOf(firstPage), ...idsOf(secondPage)]),
      endCursorIsLastPage: merged.pageInfo.endCursor === secondPage.pageInfo.endCursor,
      mergedPageInfo: merged.pageInfo,
      lastPageInfo: secondPage.pageInfo,
      watcherSees: dashboard.getCurrentResult().data.me.boards.edges.length,
    };
  });

  // 3. A board page: the pins connection, paged with fetchMore the same way.
  const board = firstPage.edges[0].node;
  const boardPage = client.watchQuery({ query: BoardPins, variables: { boardId: board.id, first: 3 } });
  const keepBoard = boardPage.subscribe(() => {});
  let pins;
  await step("boardPins", async () => {
    const { data } = await settled(boardPage);
    await boardPage.fetchMore({ variables: { after: data.board.pins.pageInfo.endCursor } });
    pins = client.readQuery({ query: BoardPins, variables: { boardId: board.id, first: 3 } }).board.pins;
    const ids = idsOf(pins);
    return { firstPage: data.board.pins.edges.length, merged: ids.length, distinct: new Set(ids).size };
  });

  // 4. A mutation whose payload carries the pin's id and new title: the cache updates Pin:<id> in place, so
  //    a cache-only read of the board page (and the watching query) shows it with no refetch.
  const pin = pins.edges[0].node;
  const title = `Renamed with Apollo at ${new Date().toISOString()}`;
  await step("mutation", async () => {
    const { data } = await client.mutate({ mutation: RenamePin, variables: { input: { pinId: pin.id, title } } });
    const cached = client.readQuery({ query: BoardPins, variables: { boardId: board.id, first: 3 } });
    const cachedPin = cached.board.pins.edges.find((edge) => edge.node.id === pin.id).node;
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the watcher hear the cache broadcast
    const watched = boardPage.getCurrentResult().data.board.pins.edges.find((edge) => edge.node.id === pin.id).node;
    return {
      payloadErrors: data.updatePin.errors.length,
      sentTitle: title,
      cacheOnlyTitle: cachedPin.title,
      cacheShowsNewTitle: cachedPin.title === title,
      watcherShowsNewTitle: watched.title === title,
      pinsStillMerged: cached.board.pins.edges.length,
    };
  });

  // 5. createPin, added to the board's list by the app's cache update function: the list on screen grows by
  //    one, with the new pin first, and the step made exactly one request.
  await step("createPin", async () => {
    const newTitle = `Created with Apollo at ${new Date().toISOString()}`;
    const input = {
      boardId: board.id,
      title: newTitle,
      mediaSource: { imageUrl: { url: "https://images.example.org/graphapi-example.jpg" } },
      idempotencyKey: randomUUID(), // a retry after a timeout returns the same pin instead of a second one
    };
    const { data } = await client.mutate({
      mutation: CreatePin,
      variables: { input },
      update: (cache, { data }) => addPinToBoard(cache, board.id, data?.createPin.pin),
    });
    const created = data.createPin;
    const cached = client.readQuery({ query: BoardPins, variables: { boardId: board.id, first: 3 } }).board.pins.edges;
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the watcher hear the cache update
    const watched = boardPage.getCurrentResult().data.board.pins.edges;
    return {
      payloadErrors: created.errors.length,
      cachedPins: cached.length,
      newPinFirst: cached[0].node.id === created.pin.id && cached[0].node.title === newTitle,
      distinct: new Set(idsOf({ edges: cached })).size,
      watcherSees: watched.length,
    };
  });

  // 6. Errors as the app sees them.
  // A pin that does not exist: 200 with data.pin null and a NOT_FOUND error (errorPolicy "all" keeps both).
  await step("notFound", async () => {
    const { data, error } = await client.query({ query: PinDetail, variables: { id: "999999999999999999" }, errorPolicy: "all" });
    return { errorType: error?.name, codes: codesOf(error), pin: data?.pin ?? null, status: pinner.seen.statuses.at(-1) };
  });

  // A variable the gateway cannot coerce: 400 under application/graphql-response+json, no data. The
  // default errorPolicy "none" rejects the promise with CombinedGraphQLErrors.
  await step("badVariable", async () => {
    try {
      await client.query({ query: Dashboard, variables: { first: "lots" }, fetchPolicy: "network-only" });
      return { rejected: false };
    } catch (error) {
      return { rejected: true, errorType: error.name, codes: codesOf(error), status: pinner.seen.statuses.at(-1) };
    }
  });

  // A write refused for a missing Pinterest scope: another user whose connection grants read scopes only.
  // The refusal is data, in the payload's errors union, read through `... on UserError` (possibleTypes).
  const reader = countingFetch();
  const readerToken = await sandboxToken("demo.curator", ["boards:read", "pins:read", "user_accounts:read"]);
  const readOnly = createClient({ url, token: () => readerToken, fetch: reader.fetch });
  await step("missingScope", async () => {
    const { data } = await readOnly.mutate({ mutation: RenamePin, variables: { input: { pinId: pin.id, title: "not allowed" } } });
    const [refusal] = data.updatePin.errors;
    return { typename: refusal?.__typename, code: refusal?.code, pin: data.updatePin.pin };
  }, reader);

  const unchanged = client.readQuery({ query: BoardPins, variables: { boardId: board.id, first: 3 } });
  report.titleAfterRefusal = unchanged.board.pins.edges.find((edge) => edge.node.id === pin.id).node.title;
  report.totalRequests = pinner.seen.requests + reader.seen.requests;
  keep.unsubscribe();
  keepBoard.unsubscribe();
  report.warnings = warnings;
  console.log(JSON.stringify(report));
} catch (error) {
  report.error = `${error.name}: ${error.message}`;
  report.warnings = warnings;
  console.log(JSON.stringify(report));
  process.exitCode = 1;
}
