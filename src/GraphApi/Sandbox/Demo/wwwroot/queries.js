// Every GraphQL document the demo sends.
export const connectionQuery = `{ pinterestConnection { status } }`;

export const boardsQuery = `{
  me {
    username
    boards(first: 25) {
      nodes { id name pinCount pins(first: 4) { nodes { id image(size: SIZE_400X300) { url } } } }
    }
  }
}`;

export const boardQuery = `query Board($id: ID!) {
  board(id: $id) {
    id name description
    pins(first: 50) { nodes { id title dominantColor image(size: SIZE_400X300) { url } } }
  }
}`;

// The "Ads" view: every campaign of the user's ad accounts with its spend and paid impressions (30 days, one row).
export const adsQuery = `{
  me {
    adAccounts(first: 10) {
      nodes {
        name currency
        campaigns(first: 50) {
          nodes { id name status analytics(columns: [SPEND_IN_DOLLAR, PAID_IMPRESSION]) { spend: value(column: SPEND_IN_DOLLAR) impressions: value(column: PAID_IMPRESSION) } }
        }
      }
    }
  }
}`;

export const connectMutation = `mutation Connect($returnUrl: String!) {
  connectPinterest(input: { returnUrl: $returnUrl }) { authorizationUrl }
}`;

// The last step of connecting: the callback sent the browser back with pinterest=pending&completion=ID, and only the
// signed-in caller who started the flow can turn that consent into a connection.
export const completeMutation = `mutation Complete($completion: String!) {
  completePinterestConnection(input: { completion: $completion }) {
    connection { status }
    errors { ... on UserError { code message } }
  }
}`;

export const disconnectMutation = `mutation { disconnectPinterest { disconnected } }`;

export const createPinMutation = `mutation CreatePin($input: CreatePinInput!) {
  createPin(input: $input) {
    pin { id title image(size: SIZE_400X300) { url } }
    errors { ... on UserError { code message } }
  }
}`;
