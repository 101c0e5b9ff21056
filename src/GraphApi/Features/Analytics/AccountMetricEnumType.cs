using GraphApi.Pinterest.Analytics;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

/// <summary>The metrics <c>user_account/analytics</c> and <c>top_pins</c> accept (not the Pin list: no VIDEO_*).</summary>
public sealed class AccountMetricEnumType : EnumerationGraphType
{
    public static readonly List<string> Defaults = [AccountMetricType.Impression, AccountMetricType.Save, AccountMetricType.PinClick, AccountMetricType.OutboundClick];

    public AccountMetricEnumType()
    {
        Name = "AccountMetric";
        Description = "A metric of the user's account analytics and top pins.";
        this.AddConstantsOf(typeof(AccountMetricType));
    }
}
