namespace GraphApi.Pinterest.BusinessAccess;

/// <summary>
/// The spec's limits on business-access calls (its <c>maxItems</c> and <c>maxLength</c>), spelled once; kept beside
/// the business-access client rather than in <see cref="PinterestLimits"/> so this folder's additions stay in it.
/// </summary>
public static class BusinessAccessLimits
{
    /// <summary>Members, partners, invites, accesses to set or asset groups in one write (<c>maxItems: 50</c>).</summary>
    public const int WritesPerCall = 50;

    /// <summary>Accesses removed or invites answered in one call (<c>maxItems: 100</c>).</summary>
    public const int LargeWritesPerCall = 100;

    /// <summary><c>member_ids</c> and <c>partner_ids</c> filters: one comma-separated string of at most 500 characters.</summary>
    public const int IdFilterMaxLength = 500;

    /// <summary>A business, member, asset or partner id: digits, at most 20 (path parameters) or 25 (body items).</summary>
    public const int IdMaxLength = 20;

    /// <summary>Permissions on one asset in one write.</summary>
    public const int PermissionsPerAccess = 50;

    /// <summary>How many ids fit one id filter: <see cref="IdFilterMaxLength"/> with 20-digit ids and commas (500 / 21).</summary>
    public const int IdsPerFilter = IdFilterMaxLength / (IdMaxLength + 1);
}
