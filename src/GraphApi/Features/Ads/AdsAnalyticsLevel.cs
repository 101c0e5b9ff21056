namespace GraphApi.Features.Ads;

/// <summary>Which ads analytics read a key goes to, and the row column that names the object.</summary>
public enum AdsAnalyticsLevel
{
    AdAccount,
    Campaign,
    AdGroup,
    Ad,
}
