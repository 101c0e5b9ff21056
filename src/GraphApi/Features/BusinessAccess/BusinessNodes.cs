using GraphApi.Pinterest.BusinessAccess;

namespace GraphApi.Features.BusinessAccess;

/// <summary>A business the signed-in user belongs to: its id (a business account's user id), name, and the user's roles in it.</summary>
public sealed record BusinessRef(string Id, string? Username, IReadOnlyList<string> MyRoles)
{
    public static BusinessRef? From(BusinessRoleBinding employer) =>
        employer.User?.Id is { Length: > 0 } id ? new BusinessRef(id, employer.User.Username, employer.BusinessRoles) : null;
}

/// <summary>A member or partner row with the business it belongs to, so its nested lists know where to ask.</summary>
public sealed record BusinessRelationNode(string BusinessId, BusinessRoleBinding Binding);

/// <summary>An asset with the business it belongs to.</summary>
public sealed record BusinessAssetNode(string BusinessId, BusinessAsset Asset);

/// <summary>The names and limits of the feature, spelled once.</summary>
public static class BusinessAccessNames
{
    public const string NodeType = Schema.Relay.NodeTypes.Business;

    /// <summary>The loader key of the employers list: <c>business(id)</c> and <c>node</c> read it once per request.</summary>
    public const string EmployersKey = "employers";
}
