namespace GraphApi.Pinterest.Sandbox.Faults;

/// <summary>
/// The <c>x-ratelimit-category</c> of each operation the sandbox serves, as Pinterest's OpenAPI file declares it
/// (operations in one category share one quota). Derived from the operationId rather than copied per endpoint: every
/// analytics operation is <c>org_analytics</c>, <c>followers/list</c> is <c>ads_read</c>, creates, updates, deletes and
/// saves are <c>org_write</c>, everything else (the token endpoint included) is <c>org_read</c>. A test checks this rule
/// against the OpenAPI file for every operation the sandbox maps.
/// </summary>
internal static class RateLimitCategories
{
    public const string OrgRead = "org_read";
    public const string OrgWrite = "org_write";
    public const string OrgAnalytics = "org_analytics";
    public const string AdsRead = "ads_read";

    public static string Of(string operationId)
    {
        if (operationId.Contains("analytics", StringComparison.Ordinal))
        {
            return OrgAnalytics;
        }

        if (string.Equals(operationId, "followers/list", StringComparison.Ordinal))
        {
            return AdsRead;
        }

        return operationId.EndsWith("/create", StringComparison.Ordinal) || operationId.EndsWith("/update", StringComparison.Ordinal)
            || operationId.EndsWith("/delete", StringComparison.Ordinal) || operationId.EndsWith("/save", StringComparison.Ordinal)
            ? OrgWrite
            : OrgRead;
    }
}
