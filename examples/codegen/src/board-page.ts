import { graphql, getFragmentData, type FragmentType } from './gql/index.js';

// A pin tile: the board page's grid and the pin detail page both show it.
export const PinCardFragment = graphql(`
  fragment PinCard on Pin {
    id
    title
    dominantColor
    image(size: SIZE_400X300) {
      url
      width
      height
    }
  }
`);

// One page of a board's pins; the next page passes the previous pageInfo.endCursor as $after.
export const BoardPageQuery = graphql(`
  query BoardPage($id: ID!, $first: Int!, $after: String) {
    board(id: $id) {
      id
      name
      description
      pinCount
      pins(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...PinCard
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export interface PinTile {
  id: string;
  title: string;
  color: string | null;
  imageUrl: string | null;
}

export function pinTile(pin: FragmentType<typeof PinCardFragment>): PinTile {
  const card = getFragmentData(PinCardFragment, pin);
  return { id: card.id, title: card.title ?? '(untitled)', color: card.dominantColor ?? null, imageUrl: card.image?.url ?? null };
}
