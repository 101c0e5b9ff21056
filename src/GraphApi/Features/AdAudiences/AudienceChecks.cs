using GraphApi.Schema.Mutations;
using GraphApi.Schema.Relay;

namespace GraphApi.Features.AdAudiences;

/// <summary>The limits of audience inputs, checked before any call.</summary>
internal static class AudienceChecks
{
    public const int NameMaxLength = 256;
    public const int DescriptionMaxLength = 500;

    public static InputChecks Rule(this InputChecks checks, AudienceRuleInput? rule)
    {
        if (rule is null)
        {
            return checks;
        }

        if (rule.SeedIds is { Count: > AudienceRuleInputType.MaxListItems } || rule.Urls is { Count: > AudienceRuleInputType.MaxListItems })
        {
            checks.Fail("rule", $"`rule.seedIds` and `rule.urls` take at most {AudienceRuleInputType.MaxListItems} items.");
        }

        if (rule.SeedIds?.Any(id => !PinterestIds.IsValid(id)) == true
            || (rule.CustomerListId is { } list && !PinterestIds.IsValid(list))
            || (rule.VisitorSourceId is { } tag && !PinterestIds.IsValid(tag)))
        {
            checks.Fail("rule", "`rule.seedIds`, `rule.customerListId` and `rule.visitorSourceId` must be Pinterest IDs.");
        }

        if (rule.Urls?.Any(u => u.Length > 2048) == true)
        {
            checks.Fail("rule", "`rule.urls` must be at most 2,048 characters each.");
        }

        if (rule.RetentionDays is < 1 or > 540)
        {
            checks.Fail("rule", "`rule.retentionDays` must be 1–540.");
        }

        if (rule.Percentage is < 1 or > 10)
        {
            checks.Fail("rule", "`rule.percentage` must be 1–10.");
        }

        return checks;
    }
}
