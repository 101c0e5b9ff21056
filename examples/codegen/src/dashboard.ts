import { graphql, getFragmentData, type FragmentType } from './gql/index.js';

// A board tile: what the dashboard grid shows. The tile reads only these fields (fragment masking), so adding a field
// to the tile means adding it here, and the query that spreads the fragment fetches it without being edited.
export const BoardCardFragment = graphql(`
  fragment BoardCard on Board {
    id
    name
    privacy
    pinCount
    coverImageUrl
    pins(first: 1) {
      nodes {
        image(size: SIZE_400X300) {
          url
        }
      }
    }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard($boardCount: Int!) {
    gateway {
      version
      upstream
    }
    pinterestConnection {
      status
      missingScopes
    }
    me {
      username
      boardCount
      pinCount
      boards(first: $boardCount) {
        nodes {
          ...BoardCard
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export interface BoardTile {
  id: string;
  name: string;
  secret: boolean;
  pins: number;
  /** The board's cover, or its newest pin's image when Pinterest has not picked a cover. */
  imageUrl: string | null;
}

export function boardTile(board: FragmentType<typeof BoardCardFragment>): BoardTile {
  const card = getFragmentData(BoardCardFragment, board);
  return {
    id: card.id,
    name: card.name,
    secret: card.privacy === 'SECRET',
    pins: card.pinCount ?? 0,
    imageUrl: card.coverImageUrl ?? card.pins?.nodes[0]?.image?.url ?? null,
  };
}
