using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GraphApi.Tests.Execution.Limits;

/// <summary>The in-memory host with every document limit set low, so "just under" and "just over" documents stay small.</summary>
public sealed class SmallLimitsFactory : GraphApiFactory
{
    public const int MaxDepth = 5;
    public const int MaxFieldSelections = 20;
    public const int MaxFieldsPerResponseName = 8;
    public const int MaxAliases = 4;
    public const int MaxFragmentSpreads = 6;
    public const int MaxFragmentDefinitions = 3;
    public const int MaxDirectivesPerLocation = 2;
    public const int MaxErrors = 3;
    public const int MaxResponseBytes = 4096;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder
            .UseSetting("GraphQL:Limits:MaxDepth", MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:Limits:MaxFieldSelections", MaxFieldSelections.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:Limits:MaxFieldsPerResponseName", MaxFieldsPerResponseName.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:Limits:MaxAliases", MaxAliases.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:Limits:MaxFragmentSpreads", MaxFragmentSpreads.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:Limits:MaxFragmentDefinitions", MaxFragmentDefinitions.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:Limits:MaxDirectivesPerLocation", MaxDirectivesPerLocation.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:Limits:MaxErrors", MaxErrors.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:Limits:MaxResponseBytes", MaxResponseBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:Limits:RequestTimeout", "00:00:01")
            .UseSetting("GraphQL:Limits:ExecutionTimeout", "00:00:01");
    }
}
