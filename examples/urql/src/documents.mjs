// The operations this app sends, as plain GraphQL text: `npm run build` validates every one against
// ../../schema.graphql (so a typo fails the build, not the app), and the client wraps them with gql.

// Errors in a mutation payload are a union (MutationError) whose members implement UserError: graphcache
// matches `... on UserError` by the schema the build generates, not by guessing from the fields present.
export const UserErrorFields = /* GraphQL */ `
  fragment UserErrorFields on UserError {
    __typename
    code
    message
  }
`;

export const PinCard = /* GraphQL */ `
  fragment PinCard on Pin {
    id
    title
    image(size: SIZE_400X300) { url }
    media {
      __typename
      images { size url }
      ... on VideoPinMedia { videoUrl duration }
      ... on MultiplePinMedia { items { itemType } }
    }
  }
`;

// The dashboard: who is signed in and the first page of their boards. graphcache's relayPagination merges the
// pages of User.boards read with `after` into this one list.
export const Dashboard = /* GraphQL */ `
  query Dashboard($first: Int!, $after: String) {
    me {
      id
      username
      boards(first: $first, after: $after) {
        edges { cursor node { id name pinCount } }
        pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
      }
    }
  }
`;

export const BoardPins = /* GraphQL */ `
  query BoardPins($boardId: ID!, $first: Int!, $after: String) {
    board(id: $boardId) {
      id
      name
      pins(first: $first, after: $after) {
        edges { cursor node { ...PinCard } }
        pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
      }
    }
  }
  ${PinCard}
`;

export const PinDetail = /* GraphQL */ `
  query PinDetail($id: ID!) {
    pin(id: $id) { ...PinCard description }
  }
  ${PinCard}
`;

// The payload returns the pin with its id, so the normalised cache updates Pin:<id> in place: every query
// that shows this pin sees the new title without asking the gateway again.
export const RenamePin = /* GraphQL */ `
  mutation RenamePin($input: UpdatePinInput!) {
    updatePin(input: $input) {
      errors { ...UserErrorFields }
      pin { id title }
    }
  }
  ${UserErrorFields}
`;

// The payload returns the whole pin card, so the cache can show the new pin in a board's list at once:
// the app's update function puts it first (boards list their pins newest first).
export const CreatePin = /* GraphQL */ `
  mutation CreatePin($input: CreatePinInput!) {
    createPin(input: $input) {
      errors { ...UserErrorFields }
      pin { ...PinCard }
    }
  }
  ${UserErrorFields}
  ${PinCard}
`;

// What the createPin updater rewrites: a board's stored first page of pins, edges only. Its pageInfo stays
// as the gateway sent it, so relayPagination still chains the next pages after it.
export const BoardPinEdges = /* GraphQL */ `
  query BoardPinEdges($boardId: ID!, $first: Int!) {
    board(id: $boardId) {
      id
      pins(first: $first) { edges { cursor node { ...PinCard } } }
    }
  }
  ${PinCard}
`;

/** Every operation, by name, for the build's validation. */
export const operations = { Dashboard, BoardPins, PinDetail, RenamePin, CreatePin, BoardPinEdges };
