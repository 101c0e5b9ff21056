using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads.Audiences;

/// <summary>Query of <c>GET /ad_accounts/{ad_account_id}/audiences</c>.</summary>
public sealed record ListAudiencesRequest
{
    /// <summary><c>ASCENDING</c> or <c>DESCENDING</c> by id.</summary>
    public string? Order { get; init; }

    /// <summary><c>OWNED</c>, <c>RECEIVED</c> or <c>IN_BUSINESS</c>.</summary>
    public string? OwnershipType { get; init; }

    /// <summary>Page size and bookmark.</summary>
    public PageRequest? Page { get; init; }
}

/// <summary>Body of <c>POST /ad_accounts/{ad_account_id}/audiences</c> (<c>AudienceCreateRequest</c>).</summary>
public sealed record CreateAudienceRequest
{
    /// <summary>Name (required).</summary>
    public required string Name { get; init; }

    /// <summary><c>ACTALIKE</c>, <c>ENGAGEMENT</c>, <c>CUSTOMER_LIST</c>, <c>VISITOR</c> or <c>PERSONA</c> (required).</summary>
    public required string AudienceType { get; init; }

    /// <summary>How members are chosen (required).</summary>
    public required AudienceRule Rule { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }
}

/// <summary>Body of <c>PATCH /ad_accounts/{ad_account_id}/audiences/{audience_id}</c> (<c>AudienceUpdateRequest</c>);
/// null members are left unchanged.</summary>
public sealed record UpdateAudienceRequest
{
    /// <summary>New name.</summary>
    public string? Name { get; init; }

    /// <summary>New description.</summary>
    public string? Description { get; init; }

    /// <summary>New rule.</summary>
    public AudienceRule? Rule { get; init; }

    /// <summary><c>UPDATE</c> (default) or <c>REMOVE</c> (archives the audience).</summary>
    public string? OperationType { get; init; }
}
