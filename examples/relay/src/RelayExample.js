// The operations relay-compiler reads (`npm run build`). This file is never run: without Relay's babel plugin the
// `graphql` tag would throw, so src/run.mjs imports the artifacts the compiler writes to src/__generated__ instead.
import { graphql } from 'relay-runtime';

// The first screen: the signed-in user, a page of their boards.
graphql`
  query RelayExampleDashboardQuery {
    me {
      id
      ...RelayExampleUser_user
      ...RelayExampleUser_boards
    }
  }
`;

// A board page: its details, a page of pins and a page of sections.
graphql`
  query RelayExampleBoardQuery($id: ID!) {
    board(id: $id) {
      id
      ...RelayExampleBoard_board
      ...RelayExampleBoard_pins
      ...RelayExampleBoard_sections
    }
  }
`;

// @connection pagination: each @refetchable fragment gets a generated pagination query over node(id:).
graphql`
  fragment RelayExampleUser_boards on User
  @refetchable(queryName: "RelayExampleUserBoardsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" }) {
    boards(first: $count, after: $cursor) @connection(key: "RelayExampleUser_boards") {
      edges {
        node {
          id
          name
          pinCount
        }
      }
      pageInfo {
        hasPreviousPage
        hasNextPage
        startCursor
        endCursor
      }
    }
  }
`;

graphql`
  fragment RelayExampleBoard_pins on Board
  @refetchable(queryName: "RelayExampleBoardPinsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    pins(first: $count, after: $cursor) @connection(key: "RelayExampleBoard_pins") {
      edges {
        node {
          id
          ...RelayExamplePin_pin
        }
      }
      pageInfo {
        hasPreviousPage
        hasNextPage
        startCursor
        endCursor
      }
    }
  }
`;

graphql`
  fragment RelayExampleBoard_sections on Board
  @refetchable(queryName: "RelayExampleBoardSectionsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" }) {
    sections(first: $count, after: $cursor) @connection(key: "RelayExampleBoard_sections") {
      edges {
        node {
          id
          ...RelayExampleBoardSection_section
        }
      }
      pageInfo {
        hasPreviousPage
        hasNextPage
        startCursor
        endCursor
      }
    }
  }
`;

// One @refetchable fragment per Node type: the compiler generates a node(id:) refetch query for each.
graphql`
  fragment RelayExampleUser_user on User @refetchable(queryName: "RelayExampleUserRefetchQuery") {
    id
    username
    pinterestId
    boardCount
  }
`;

graphql`
  fragment RelayExampleBoard_board on Board @refetchable(queryName: "RelayExampleBoardRefetchQuery") {
    id
    pinterestId
    name
    privacy
    pinCount
  }
`;

graphql`
  fragment RelayExamplePin_pin on Pin @refetchable(queryName: "RelayExamplePinRefetchQuery") {
    id
    pinterestId
    title
    createdAt
  }
`;

graphql`
  fragment RelayExampleBoardSection_section on BoardSection @refetchable(queryName: "RelayExampleBoardSectionRefetchQuery") {
    id
    pinterestId
    name
  }
`;
