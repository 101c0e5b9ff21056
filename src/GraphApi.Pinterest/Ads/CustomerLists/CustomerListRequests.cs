using System.Globalization;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads.CustomerLists;

/// <summary>Query of <c>GET /ad_accounts/{ad_account_id}/customer_lists</c>.</summary>
public sealed record ListCustomerListsRequest
{
    /// <summary><c>ASCENDING</c> or <c>DESCENDING</c> by id.</summary>
    public string? Order { get; init; }

    /// <summary>Page size and bookmark.</summary>
    public PageRequest? Page { get; init; }
}

/// <summary>Body of <c>POST /ad_accounts/{ad_account_id}/customer_lists</c> (<c>CustomerListRequest</c>).</summary>
/// <remarks>The records are people's emails or device ids: <see cref="ToString"/> shows only how many characters
/// they hold, so a log line or an exception message built from the request never carries them.</remarks>
public sealed record CreateCustomerListRequest
{
    /// <summary>Name (required).</summary>
    public required string Name { get; init; }

    /// <summary>Comma-separated emails, MAIDs or IDFAs (hashed or lowercase plain emails).</summary>
    public required string Records { get; init; }

    /// <summary><c>EMAIL</c> (default), <c>IDFA</c>, <c>MAID</c>, <c>LR_ID</c>, <c>DLX_ID</c> or <c>HASHED_PINNER_ID</c>.</summary>
    public string? ListType { get; init; }

    /// <summary>The name and type, and only the length of the records.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{nameof(CreateCustomerListRequest)} {{ Name = {Name}, ListType = {ListType}, Records = <{Records.Length} characters> }}");
}

/// <summary>Body of <c>PATCH /ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}</c> (<c>CustomerListUpdateRequest</c>).</summary>
/// <remarks>Like <see cref="CreateCustomerListRequest"/>, <see cref="ToString"/> never shows the records.</remarks>
public sealed record UpdateCustomerListRequest
{
    /// <summary><c>ADD</c> or <c>REMOVE</c>.</summary>
    public required string OperationType { get; init; }

    /// <summary>Comma-separated records to add or remove.</summary>
    public required string Records { get; init; }

    /// <summary>The operation, and only the length of the records.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{nameof(UpdateCustomerListRequest)} {{ OperationType = {OperationType}, Records = <{Records.Length} characters> }}");
}
