// Runs the operations relay-compiler generated (npm run build) against GraphApi with relay-runtime's own
// Environment, Network and Store, the way a Relay app does minus React: a first page of each connection, the next
// pages through the generated pagination queries (ConnectionHandler merges them in the store), and a refetch by id
// of every Node type through the generated node(id:) queries. Progress goes to stderr, one JSON report to stdout.
import runtime from 'relay-runtime';
import DashboardQuery from './__generated__/RelayExampleDashboardQuery.graphql.js';
import BoardQuery from './__generated__/RelayExampleBoardQuery.graphql.js';
import UserBoards from './__generated__/RelayExampleUser_boards.graphql.js';
import UserBoardsPaginationQuery from './__generated__/RelayExampleUserBoardsPaginationQuery.graphql.js';
import BoardPins from './__generated__/RelayExampleBoard_pins.graphql.js';
import BoardPinsPaginationQuery from './__generated__/RelayExampleBoardPinsPaginationQuery.graphql.js';
import BoardSections from './__generated__/RelayExampleBoard_sections.graphql.js';
import BoardSectionsPaginationQuery from './__generated__/RelayExampleBoardSectionsPaginationQuery.graphql.js';
import UserFragment from './__generated__/RelayExampleUser_user.graphql.js';
import UserRefetchQuery from './__generated__/RelayExampleUserRefetchQuery.graphql.js';
import BoardFragment from './__generated__/RelayExampleBoard_board.graphql.js';
import BoardRefetchQuery from './__generated__/RelayExampleBoardRefetchQuery.graphql.js';
import PinFragment from './__generated__/RelayExamplePin_pin.graphql.js';
import PinRefetchQuery from './__generated__/RelayExamplePinRefetchQuery.graphql.js';
import SectionFragment from './__generated__/RelayExampleBoardSection_section.graphql.js';
import SectionRefetchQuery from './__generated__/RelayExampleBoardSectionRefetchQuery.graphql.js';

const { Environment, Network, RecordSource, Store, fetchQuery, createOperationDescriptor, getRequest, getSelector } = runtime;

const gateway = (process.env.GRAPHAPI_URL ?? 'http://localhost:5130').replace(/\/+$/, '');
const user = process.env.GRAPHAPI_USER ?? 'demo.pinner';
// A loop guard, not a page count: the demo data ends well before it.
const maxPages = 20;

const log = (line) => process.stderr.write(`${line}\n`);

async function sandboxToken() {
  const response = await fetch(`${gateway}/sandbox/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, connect: true }),
  });
  if (!response.ok) {
    throw new Error(`POST /sandbox/token answered ${response.status}: is ${gateway} a gateway in sandbox mode?`);
  }
  return (await response.json()).access_token;
}

const token = await sandboxToken();
log(`token for ${user} from ${gateway}/sandbox/token`);

// What went over the wire, per operation: the test checks refetches against these raw answers, not the store.
const requests = {};
const lastResponse = {};

const network = Network.create(async (params, variables) => {
  requests[params.name] = (requests[params.name] ?? 0) + 1;
  const response = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    },
    body: JSON.stringify({ query: params.text, variables, operationName: params.name }),
  });
  const json = await response.json();
  if (json.errors?.length) {
    // A Relay app would show these; the example stops, naming the gateway's stable code.
    const first = json.errors[0];
    throw new Error(`${params.name}: ${first.extensions?.code ?? response.status} ${first.message}`);
  }
  lastResponse[params.name] = json;
  return json;
});

const environment = new Environment({ network, store: new Store(new RecordSource()) });

const query = async (node, variables) => {
  await fetchQuery(environment, node, variables, { fetchPolicy: 'network-only' }).toPromise();
  return environment.lookup(createOperationDescriptor(getRequest(node), variables).fragment).data;
};
const read = (fragment, ref) => environment.lookup(getSelector(fragment, ref)).data;

/**
 * Pages a connection the way usePaginationFragment's loadNext does: the generated pagination query with the
 * merged connection's endCursor, then the fragment read again from the store, where ConnectionHandler appended the page.
 */
async function paginate(label, fragment, ref, connectionField, paginationQuery, id, count) {
  const pages = [];
  let data = read(fragment, ref);
  let connection = data[connectionField];
  pages.push({ edges: connection.edges.length, ...connection.pageInfo });
  log(`${label}: page 1, ${connection.edges.length} edges, hasNextPage ${connection.pageInfo.hasNextPage}`);
  while (connection.pageInfo.hasNextPage && pages.length < maxPages) {
    await query(paginationQuery, { id, count, cursor: connection.pageInfo.endCursor });
    const pageResponse = lastResponseOf(paginationQuery);
    data = read(fragment, ref);
    connection = data[connectionField];
    pages.push({ edges: pageResponse.edges.length, ...pageResponse.pageInfo });
    log(`${label}: page ${pages.length}, store now holds ${connection.edges.length} edges, hasNextPage ${connection.pageInfo.hasNextPage}`);
  }

  const ids = connection.edges.map((edge) => edge.node.id);
  return {
    pages,
    mergedEdges: ids.length,
    distinctIds: new Set(ids).size,
    merged: connection.pageInfo,
    ids,
    connection,
  };
}

// The page the pagination query itself answered, from the wire (the store only shows the merged connection).
function lastResponseOf(paginationQuery) {
  const node = lastResponse[paginationQuery.params.name].data.node;
  return Object.values(node).find((value) => value && typeof value === 'object' && 'edges' in value);
}

/** Refetches a Node through its fragment's generated node(id:) query and compares the wire answer with what was shown. */
async function refetch(type, fragment, refetchQuery, shown) {
  await query(refetchQuery, { id: shown.id });
  const node = lastResponse[refetchQuery.params.name].data.node;
  const differences = Object.keys(shown).filter((key) => !key.startsWith('__') && JSON.stringify(shown[key]) !== JSON.stringify(node?.[key]));
  log(`refetch ${type} ${shown.id}: ${node ? `${node.__typename}, ${differences.length === 0 ? 'identical' : `differs in ${differences}`}` : 'null'}`);
  return { id: shown.id, typename: node?.__typename ?? null, refetchedId: node?.id ?? null, differences, fields: Object.keys(shown).length };
}

const dashboard = await query(DashboardQuery, {});
const me = dashboard.me;
const userShown = read(UserFragment, me);
log(`me: ${userShown.username} (${me.id})`);

const boards = await paginate('me.boards', UserBoards, me, 'boards', UserBoardsPaginationQuery, me.id, 2);

// A board with more pins and sections than one page holds, so both of its connections page.
let board = null;
let boardData = null;
for (const edge of boards.connection.edges.filter((e) => (e.node.pinCount ?? 0) > 10).sort((a, b) => b.node.pinCount - a.node.pinCount)) {
  const data = await query(BoardQuery, { id: edge.node.id });
  if (read(BoardSections, data.board).sections.pageInfo.hasNextPage) {
    board = edge.node;
    boardData = data.board;
    break;
  }
}
if (!board) {
  throw new Error('No board with more than 10 pins and more than 2 sections: is this the sandbox demo data?');
}
log(`board: ${board.name} (${board.id})`);

const pins = await paginate('board.pins', BoardPins, boardData, 'pins', BoardPinsPaginationQuery, board.id, 10);
const sections = await paginate('board.sections', BoardSections, boardData, 'sections', BoardSectionsPaginationQuery, board.id, 2);

const boardShown = read(BoardFragment, boardData);
const pinShown = read(PinFragment, pins.connection.edges.at(-1).node);
const sectionShown = read(SectionFragment, sections.connection.edges.at(-1).node);

const refetched = {
  User: await refetch('User', UserFragment, UserRefetchQuery, userShown),
  Board: await refetch('Board', BoardFragment, BoardRefetchQuery, boardShown),
  Pin: await refetch('Pin', PinFragment, PinRefetchQuery, pinShown),
  BoardSection: await refetch('BoardSection', SectionFragment, SectionRefetchQuery, sectionShown),
};

const summary = ({ connection, ...rest }) => rest;
console.log(JSON.stringify({
  gateway,
  user: { id: me.id, username: userShown.username },
  board: { id: board.id, name: board.name, pinCount: board.pinCount },
  connections: { boards: summary(boards), pins: summary(pins), sections: summary(sections) },
  refetched,
  requests,
}));
