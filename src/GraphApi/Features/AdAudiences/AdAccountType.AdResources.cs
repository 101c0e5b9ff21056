using GraphApi.Features.AdAudiences;
using GraphApi.Features.AdReports;
using GraphApi.Features.Billing;

namespace GraphApi.Features.Ads;

/// <summary>The fields of the resources around the hierarchy, hung on ads-core's AdAccount through its partial hook.</summary>
public sealed partial class AdAccountType
{
    partial void AddMoreFields()
    {
        AdAudienceFields.AddTo(this);
        AdReportFields.AddTo(this);
        BillingFields.AddTo(this);
    }
}
