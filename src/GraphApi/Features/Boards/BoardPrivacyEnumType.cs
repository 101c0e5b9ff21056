using GraphQL.Types;

namespace GraphApi.Features.Boards;

public sealed class BoardPrivacyEnumType : EnumerationGraphType
{
    public BoardPrivacyEnumType()
    {
        Name = "BoardPrivacy";
        Description = "Who can see a board.";
        Add("PUBLIC", "PUBLIC", "Anyone on Pinterest.");
        Add("PROTECTED", "PROTECTED", "Only the owner and collaborators; used for ads-only boards.");
        Add("SECRET", "SECRET", "Only the owner and collaborators.");
    }
}
