// npm start: drives urql with graphcache against a running GraphApi (sandbox mode) the way an app does,
// and prints one progress line per step on stderr and one JSON report as the last stdout line.
import { gql } from "@urql/core";
import { createClient } from "./client.mjs";
import * as documents from "./documents.mjs";
import { randomUUID } from "node:crypto";

// A 1×1 PNG: what a file input would hand the app, made here so the example needs no image file.
const onePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const url = (process.env.GRAPHAPI_URL ?? "http://localhost:5130").replace(/\/$/, "");
const Dashboard = gql(documents.Dashboard);
const BoardPins = gql(documents.BoardPins);
const PinDetail = gql(documents.PinDetail);
const RenamePin = gql(documents.RenamePin);
const CreatePin = gql(documents.CreatePin);

/** fetch, counting what goes to /graphql: how the report proves which steps reached the gateway. */
function countingFetch() {
  const seen = { requests: 0, statuses: [], methods: [], bodies: [], multipart: 0 };
  const wrapped = async (input, init) => {
    seen.requests++;
    seen.methods.push(init?.method ?? "GET");
    if (init?.body instanceof FormData) seen.multipart++;
    const response = await fetch(input, init);
    seen.statuses.push(response.status);
    seen.bodies.push(await response.clone().json()); // what the gateway said, before any cache merged it
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

const codesOf = (error) => error?.graphQLErrors.map((e) => e.extensions?.code) ?? [];
const idsOf = (connection) => connection.edges.map((edge) => edge.node.id);
const progress = (line) => console.error(`urql: ${line}`);
const cacheOnly = { requestPolicy: "cache-only" };

/** Keeps a query subscribed, as a screen does, and remembers its latest result. */
function watch(client, query, variables) {
  const watcher = { latest: undefined };
  const { unsubscribe } = client.query(query, variables).subscribe((result) => { watcher.latest = result; });
  watcher.stop = unsubscribe;
  return watcher;
}

/** Throws the result's error, so a step that must succeed fails loudly. */
function ok(result) {
  if (result.error) throw result.error;
  return result.data;
}

// graphcache warns on stderr in development builds when the cache setup does not fit the schema (a type
// without keys, a fragment it cannot match): count them, a correct setup has none.
const warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  warnings.push(String(args[0]).split("\n")[0]);
  warn(...args);
};

const report = { client: "urql-graphcache" };
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

const watchers = [];
try {
  // 1. The dashboard: viewer and the first page of boards, into the normalised cache.
  let firstPage;
  await step("dashboard", async () => {
    const data = ok(await client.query(Dashboard, { first: 2 }).toPromise());
    firstPage = data.me.boards;
    watchers.push(watch(client, Dashboard, { first: 2 }));
    return { username: data.me.username, boards: firstPage.edges.length, hasNextPage: firstPage.pageInfo.hasNextPage };
  });

  // 2. The next page: the same query with `after`, merged by relayPagination; then read the merged list
  //    back from the cache with the first page's variables.
  await step("nextPage", async () => {
    // The result of the `after` query is already the merged list (relayPagination reads every page);
    // the page itself is what came over the wire.
    ok(await client.query(Dashboard, { first: 2, after: firstPage.pageInfo.endCursor }).toPromise());
    const secondPage = pinner.seen.bodies.at(-1).data.me.boards;
    const merged = ok(await client.query(Dashboard, { first: 2 }, cacheOnly).toPromise()).me.boards;
    const ids = idsOf(merged);
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the watcher hear the cache update
    return {
      merged: ids.length,
      distinct: new Set(ids).size,
      secondPage: secondPage.edges.length,
      firstPageThenSecond: JSON.stringify(ids) === JSON.stringify([...idsOf(firstPage), ...idsOf(secondPage)]),
      endCursorIsLastPage: merged.pageInfo.endCursor === secondPage.pageInfo.endCursor,
      mergedPageInfo: merged.pageInfo,
      lastPageInfo: secondPage.pageInfo,
      watcherSees: watchers[0].latest.data.me.boards.edges.length,
    };
  });

  // 3. A board page: the pins connection, paged the same way.
  const board = firstPage.edges[0].node;
  const boardVariables = { boardId: board.id, first: 3 };
  let pins;
  await step("boardPins", async () => {
    const first = ok(await client.query(BoardPins, boardVariables).toPromise()).board.pins;
    ok(await client.query(BoardPins, { ...boardVariables, after: first.pageInfo.endCursor }).toPromise());
    pins = ok(await client.query(BoardPins, boardVariables, cacheOnly).toPromise()).board.pins;
    watchers.push(watch(client, BoardPins, boardVariables));
    const ids = idsOf(pins);
    return { firstPage: first.edges.length, merged: ids.length, distinct: new Set(ids).size };
  });

  // 4. A mutation whose payload carries the pin's id and new title: graphcache updates Pin:<id> in place,
  //    so a cache-only read of the board page (and the watching query) shows it with no refetch.
  const pin = pins.edges[0].node;
  const title = `Renamed with urql at ${new Date().toISOString()}`;
  await step("mutation", async () => {
    const data = ok(await client.mutation(RenamePin, { input: { pinId: pin.id, title } }).toPromise());
    const cached = ok(await client.query(BoardPins, boardVariables, cacheOnly).toPromise());
    const cachedPin = cached.board.pins.edges.find((edge) => edge.node.id === pin.id).node;
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the watcher hear the cache update
    const watched = watchers[1].latest.data.board.pins.edges.find((edge) => edge.node.id === pin.id).node;
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
    const newTitle = `Created with urql at ${new Date().toISOString()}`;
    const input = {
      boardId: board.id,
      title: newTitle,
      mediaSource: { imageUrl: { url: "https://images.example.org/graphapi-example.jpg" } },
      idempotencyKey: randomUUID(), // a retry after a timeout returns the same pin instead of a second one
    };
    const created = ok(await client.mutation(CreatePin, { input }).toPromise()).createPin;
    const cached = ok(await client.query(BoardPins, boardVariables, cacheOnly).toPromise()).board.pins.edges;
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the watcher hear the cache update
    const watched = watchers[1].latest.data.board.pins.edges;
    return {
      payloadErrors: created.errors.length,
      cachedPins: cached.length,
      newPinFirst: cached[0].node.id === created.pin.id && cached[0].node.title === newTitle,
      distinct: new Set(idsOf({ edges: cached })).size,
      watcherSees: watched.length,
    };
  });

  // 6. A pin image from a file: variables holding a File or Blob make urql's fetchExchange send the GraphQL
  //    multipart request spec (operations, map, the file) instead of JSON; the gateway checks the bytes are a
  //    PNG or JPEG before Pinterest sees them. Its own client and counter, so the steps above keep their counts.
  const uploader = countingFetch();
  const uploads = createClient({ url, token: () => token, fetch: uploader.fetch });
  await step("upload", async () => {
    const image = new Blob([Buffer.from(onePixelPng, "base64")], { type: "image/png" });
    const input = {
      boardId: board.id,
      title: `Uploaded with urql at ${new Date().toISOString()}`,
      mediaSource: { imageUpload: { file: image } },
      idempotencyKey: randomUUID(),
    };
    const created = ok(await uploads.mutation(CreatePin, { input }).toPromise()).createPin;
    const notAnImage = new Blob([Buffer.from("this is not a picture")], { type: "image/png" });
    const refused = ok(await uploads.mutation(CreatePin, {
      input: { ...input, idempotencyKey: randomUUID(), mediaSource: { imageUpload: { file: notAnImage } } },
    }).toPromise()).createPin;
    return {
      payloadErrors: created.errors.length,
      pinCreated: typeof created.pin?.id === "string",
      multipartRequests: uploader.seen.multipart,
      refusedCodes: refused.errors.map((e) => e.code),
      refusedPin: refused.pin,
    };
  }, uploader);

  // 7. Errors as the app sees them: result.error is a CombinedError, the codes in graphQLErrors.
  // A pin that does not exist: 200 with data.pin null and a NOT_FOUND error.
  await step("notFound", async () => {
    const { data, error } = await client.query(PinDetail, { id: "999999999999999999" }).toPromise();
    return {
      errorType: error?.name,
      codes: codesOf(error),
      networkError: error?.networkError?.message ?? null,
      pin: data?.pin ?? null,
      status: error?.response?.status,
    };
  });

  // A variable the gateway cannot coerce: 400 under application/graphql-response+json, no data.
  await step("badVariable", async () => {
    const { data, error } = await client.query(Dashboard, { first: "lots" }, { requestPolicy: "network-only" }).toPromise();
    return {
      errorType: error?.name,
      codes: codesOf(error),
      networkError: error?.networkError?.message ?? null,
      data: data ?? null,
      status: error?.response?.status,
    };
  });

  // A write refused for a missing Pinterest scope: another user whose connection grants read scopes only.
  // The refusal is data, in the payload's errors union, read through `... on UserError`.
  const reader = countingFetch();
  const readerToken = await sandboxToken("demo.curator", ["boards:read", "pins:read", "user_accounts:read"]);
  const readOnly = createClient({ url, token: () => readerToken, fetch: reader.fetch });
  await step("missingScope", async () => {
    const data = ok(await readOnly.mutation(RenamePin, { input: { pinId: pin.id, title: "not allowed" } }).toPromise());
    const [refusal] = data.updatePin.errors;
    return { typename: refusal?.__typename, code: refusal?.code, pin: data.updatePin.pin };
  }, reader);

  const unchanged = ok(await client.query(BoardPins, boardVariables, cacheOnly).toPromise());
  report.titleAfterRefusal = unchanged.board.pins.edges.find((edge) => edge.node.id === pin.id).node.title;
  report.methods = [...new Set([...pinner.seen.methods, ...reader.seen.methods])].sort();
  report.totalRequests = pinner.seen.requests + reader.seen.requests;
  report.warnings = warnings;
  console.log(JSON.stringify(report));
} catch (error) {
  report.error = `${error.name}: ${error.message}`;
  report.warnings = warnings;
  console.log(JSON.stringify(report));
  process.exitCode = 1;
} finally {
  for (const watcher of watchers) watcher.stop();
}
