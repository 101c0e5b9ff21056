namespace GraphApi.Mcp;

/// <summary>
/// The operations users need, as the tools the MCP server generates: one named operation per tool. Everything else
/// about a tool comes from the schema (<see cref="McpToolBuilder"/>): its name is the operation's name in snake_case,
/// its description the schema's description of the field it reads or writes, its input schema the variables' types and
/// the descriptions of the arguments they fill. Only the selections are chosen here, so a tool's answer and its cost stay
/// small and predictable (no nested lists).
/// </summary>
internal static class McpOperations
{
    public const string Document = """
        query GetPinterestConnection {
          pinterestConnection { status grantedScopes missingScopes accessTokenExpiresAt refreshTokenExpiresAt connectedAt }
        }

        query GetMyAccount {
          me { id pinterestId username accountType businessName profileImage websiteUrl about boardCount pinCount followerCount followingCount monthlyViews }
        }

        query ListMyBoards($first: Int = 25, $after: String, $privacy: BoardPrivacy) {
          me { boards(first: $first, after: $after, privacy: $privacy) { nodes { ...BoardSummary } pageInfo { hasNextPage endCursor } } }
        }

        query GetBoard($id: ID!) {
          board(id: $id) { ...BoardSummary ownerUsername createdAt followerCount collaboratorCount coverImageUrl }
        }

        query ListBoardSections($boardId: ID!, $first: Int = 25, $after: String) {
          board(id: $boardId) { sections(first: $first, after: $after) { nodes { id pinterestId name } pageInfo { hasNextPage endCursor } } }
        }

        query ListBoardPins($boardId: ID!, $first: Int = 25, $after: String) {
          board(id: $boardId) { pins(first: $first, after: $after) { nodes { ...PinSummary } pageInfo { hasNextPage endCursor } } }
        }

        query ListMyPins($first: Int = 25, $after: String) {
          me { pins(first: $first, after: $after) { nodes { ...PinSummary } pageInfo { hasNextPage endCursor } } }
        }

        query GetPin($id: ID!) {
          pin(id: $id) { ...PinSummary altText dominantColor creativeType isOwner board { id name } section { id name } }
        }

        query SearchBoards($query: String!, $first: Int = 25, $after: String) {
          searchBoards(query: $query, first: $first, after: $after) { nodes { ...BoardSummary } pageInfo { hasNextPage endCursor } }
        }

        query SearchPins($query: String!, $first: Int = 25, $after: String) {
          searchPins(query: $query, first: $first, after: $after) { nodes { ...PinSummary } pageInfo { hasNextPage endCursor } }
        }

        query GetAccountAnalytics($startDate: DateOnly, $endDate: DateOnly, $metricTypes: [AccountMetric!]) {
          me { analytics(startDate: $startDate, endDate: $endDate, metricTypes: $metricTypes) { summary { metric value } } }
        }

        query GetPinAnalytics($id: ID!, $startDate: DateOnly, $endDate: DateOnly, $metricTypes: [PinMetric!]) {
          pin(id: $id) { analytics(startDate: $startDate, endDate: $endDate, metricTypes: $metricTypes) { summary { metric value } } }
        }

        query GetTopPins($sortBy: TopPinsSort = IMPRESSION, $first: Int = 10, $startDate: DateOnly, $endDate: DateOnly) {
          me { topPins(sortBy: $sortBy, first: $first, startDate: $startDate, endDate: $endDate) { pinterestId metrics { metric value } } }
        }

        query ListMyAdAccounts($first: Int = 25, $after: String) {
          me { adAccounts(first: $first, after: $after) { nodes { id pinterestId name currency country permissions } pageInfo { hasNextPage endCursor } } }
        }

        query ListCampaigns($adAccountId: ID!, $first: Int = 25, $after: String, $entityStatuses: [AdEntityStatus!]) {
          adAccount(id: $adAccountId) { campaigns(first: $first, after: $after, entityStatuses: $entityStatuses) { nodes { id pinterestId name status objectiveType dailySpendCap lifetimeSpendCap startTime endTime } pageInfo { hasNextPage endCursor } } }
        }

        mutation CompletePinterestConnection($input: CompletePinterestConnectionInput!) {
          completePinterestConnection(input: $input) { errors { __typename ... on UserError { code message } } connection { status grantedScopes missingScopes } }
        }

        mutation CreateBoard($input: CreateBoardInput!) {
          createBoard(input: $input) { errors { __typename ... on UserError { code message } } replayed board { ...BoardSummary } }
        }

        mutation UpdateBoard($input: UpdateBoardInput!) {
          updateBoard(input: $input) { errors { __typename ... on UserError { code message } } board { ...BoardSummary } }
        }

        mutation DeleteBoard($input: DeleteBoardInput!) {
          deleteBoard(input: $input) { errors { __typename ... on UserError { code message } } deletedBoardId }
        }

        mutation CreateBoardSection($input: CreateBoardSectionInput!) {
          createBoardSection(input: $input) { errors { __typename ... on UserError { code message } } replayed section { id pinterestId name } }
        }

        mutation UpdateBoardSection($input: UpdateBoardSectionInput!) {
          updateBoardSection(input: $input) { errors { __typename ... on UserError { code message } } section { id pinterestId name } }
        }

        mutation DeleteBoardSection($input: DeleteBoardSectionInput!) {
          deleteBoardSection(input: $input) { errors { __typename ... on UserError { code message } } deletedSectionId }
        }

        mutation CreatePin($input: CreatePinInput!) {
          createPin(input: $input) { errors { __typename ... on UserError { code message } } replayed pin { ...PinSummary } }
        }

        mutation UpdatePin($input: UpdatePinInput!) {
          updatePin(input: $input) { errors { __typename ... on UserError { code message } } pin { ...PinSummary } }
        }

        mutation DeletePin($input: DeletePinInput!) {
          deletePin(input: $input) { errors { __typename ... on UserError { code message } } deletedPinId }
        }

        mutation SavePin($input: SavePinInput!) {
          savePin(input: $input) { errors { __typename ... on UserError { code message } } pin { ...PinSummary } }
        }

        fragment BoardSummary on Board { id pinterestId name description privacy pinCount }

        fragment PinSummary on Pin { id pinterestId title description link createdAt boardSectionPinterestId }
        """;
}
