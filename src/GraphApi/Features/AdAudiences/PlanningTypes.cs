using GraphApi.Pinterest.Ads.Planning;
using GraphQL.Types;

namespace GraphApi.Features.AdAudiences;

public sealed class AudienceSizingType : ObjectGraphType<AudienceSizing>
{
    public AudienceSizingType()
    {
        Name = "AudienceSizing";
        Description = "Pinterest's estimate of the people a targeting can reach per month (not a guarantee).";
        Field<LongGraphType>("lowerBound").Description("Lower bound.").Resolve(c => (long?)c.Source.AudienceSizeLowerBound);
        Field<LongGraphType>("upperBound").Description("Upper bound.").Resolve(c => (long?)c.Source.AudienceSizeUpperBound);
    }
}

/// <summary>A targeting spec: each list is one of Pinterest's targeting types.</summary>
public sealed class TargetingInput
{
    public List<string>? Locations { get; set; }

    public List<string>? Geos { get; set; }

    public List<string>? Locales { get; set; }

    public List<string>? AgeBuckets { get; set; }

    public List<string>? Genders { get; set; }

    public List<string>? Interests { get; set; }

    public List<string>? IncludedAudiences { get; set; }

    public List<string>? ExcludedAudiences { get; set; }

    /// <summary>The spec's keys and values; empty lists are left out.</summary>
    public Dictionary<string, IReadOnlyList<string>> ToSpec()
    {
        var spec = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        void Put(string key, List<string>? values)
        {
            if (values is { Count: > 0 })
            {
                spec[key] = values;
            }
        }

        Put("LOCATION", Locations);
        Put("GEO", Geos);
        Put("LOCALE", Locales);
        Put("AGE_BUCKET", AgeBuckets);
        Put("GENDER", Genders);
        Put("INTEREST", Interests);
        Put("AUDIENCE_INCLUDE", IncludedAudiences);
        Put("AUDIENCE_EXCLUDE", ExcludedAudiences);
        return spec;
    }

    public IEnumerable<(string Field, List<string>? Values)> Lists() =>
    [
        ("locations", Locations), ("geos", Geos), ("locales", Locales), ("ageBuckets", AgeBuckets), ("genders", Genders),
        ("interests", Interests), ("includedAudiences", IncludedAudiences), ("excludedAudiences", ExcludedAudiences),
    ];
}

public sealed class TargetingInputType : InputObjectGraphType<TargetingInput>
{
    /// <summary>Values of one targeting type: bounds what a caller can make the gateway send.</summary>
    public const int MaxValues = 250;

    public TargetingInputType()
    {
        Name = "TargetingInput";
        Description = $"A targeting: each list (up to {MaxValues} values) narrows it; omit a list to not target by it.";
        Field(t => t.Locations, nullable: true).Description("Countries or metros (LOCATION), e.g. US.");
        Field(t => t.Geos, nullable: true).Description("Regions or postal codes (GEO), e.g. BE-VOV.");
        Field(t => t.Locales, nullable: true).Description("Languages (LOCALE), e.g. en.");
        Field(t => t.AgeBuckets, nullable: true).Description("Age buckets (AGE_BUCKET), e.g. 25-34.");
        Field(t => t.Genders, nullable: true).Description("female, male or unknown (GENDER).");
        Field(t => t.Interests, nullable: true).Description("Interest IDs (INTEREST).");
        Field(t => t.IncludedAudiences, nullable: true).Description("Audience Pinterest IDs to target (AUDIENCE_INCLUDE).");
        Field(t => t.ExcludedAudiences, nullable: true).Description("Audience Pinterest IDs to exclude (AUDIENCE_EXCLUDE).");
    }
}

public sealed class BidFloorSpecInput
{
    public string BillableEvent { get; set; } = "";

    public string Currency { get; set; } = "";

    public List<string>? Countries { get; set; }

    public string? ObjectiveType { get; set; }
}

public sealed class BidFloorSpecInputType : InputObjectGraphType<BidFloorSpecInput>
{
    public BidFloorSpecInputType()
    {
        Name = "BidFloorSpecInput";
        Description = "What a bid floor is asked for.";
        Field<NonNullGraphType<BillableEventEnumType>>("billableEvent").Description("What the advertiser pays for.");
        Field(s => s.Currency).Description("ISO 4217 currency, e.g. USD.");
        Field(s => s.Countries, nullable: true).Description("Countries (two letters).");
        Field(s => s.ObjectiveType, nullable: true).Description("Campaign objective, e.g. CONSIDERATION.");
    }
}

public sealed class BillableEventEnumType : EnumerationGraphType
{
    public BillableEventEnumType()
    {
        Name = "BillableEvent";
        Description = "What an advertiser pays for (Pinterest's ActionType).";
        Add("CLICKTHROUGH", "CLICKTHROUGH", "Clicks.");
        Add("IMPRESSION", "IMPRESSION", "Impressions.");
        Add("VIDEO_V_50_MRC", "VIDEO_V_50_MRC", "Video views (50% in view, MRC).");
    }
}
