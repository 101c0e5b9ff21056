import { graphql } from './gql/index.js';

export const PinDetailQuery = graphql(`
  query PinDetail($id: ID!) {
    pin(id: $id) {
      ...PinCard
      pinterestId
      description
      link
      altText
      createdAt
      isOwner
      board {
        id
        name
      }
      media {
        __typename
        images {
          url
          size
          width
          height
        }
        ... on VideoPinMedia {
          videoUrl
          duration
        }
        ... on MultiplePinMedia {
          items {
            itemType
            title
            images {
              url
            }
          }
        }
      }
    }
  }
`);
