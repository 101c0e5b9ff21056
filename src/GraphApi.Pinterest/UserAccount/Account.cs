namespace GraphApi.Pinterest.UserAccount;

/// <summary>The authorized user's account (<c>Account</c> schema). Counts may be null.</summary>
public sealed record Account
{
    /// <summary>User id (digits).</summary>
    public string? Id { get; init; }

    /// <summary>Username.</summary>
    public string? Username { get; init; }

    /// <summary><c>PINNER</c> or <c>BUSINESS</c>.</summary>
    public string? AccountType { get; init; }

    /// <summary>Business name, for business accounts.</summary>
    public string? BusinessName { get; init; }

    /// <summary>Profile image URL.</summary>
    public string? ProfileImage { get; init; }

    /// <summary>Website URL.</summary>
    public string? WebsiteUrl { get; init; }

    /// <summary>Profile "about" text.</summary>
    public string? About { get; init; }

    /// <summary>Boards (may differ from other counts because of group boards).</summary>
    public long? BoardCount { get; init; }

    /// <summary>Pins, created and saved.</summary>
    public long? PinCount { get; init; }

    /// <summary>Followers.</summary>
    public long? FollowerCount { get; init; }

    /// <summary>Accounts followed.</summary>
    public long? FollowingCount { get; init; }

    /// <summary>Monthly views.</summary>
    public long? MonthlyViews { get; init; }
}
