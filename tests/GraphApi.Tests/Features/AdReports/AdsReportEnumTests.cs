using System.IO.Compression;
using System.Text.Json.Nodes;
using GraphApi.Features.AdReports;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.AdReports;

/// <summary>The report enums are copies of Pinterest's: a column or level Pinterest adds or drops must show here.</summary>
public sealed class AdsReportEnumTests
{
    private static readonly Lazy<JsonNode> Spec = new(() =>
    {
        using var file = File.OpenRead(RepositoryRoot.Combine("tests", "Shared", "pinterest-openapi.json.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        return JsonNode.Parse(gzip)!;
    });

    private static List<string> SpecEnum(string schema) =>
        Spec.Value["components"]!["schemas"]![schema]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();

    [Fact]
    public void The_column_enum_is_pinterests_ReportingColumnAsync()
    {
        ReportColumnEnumType.Columns.ShouldBe(SpecEnum("ReportingColumnAsync"));
        new ReportColumnEnumType().Values.Count.ShouldBe(ReportColumnEnumType.Columns.Count);
    }

    [Fact]
    public void The_level_granularity_and_entity_enums_are_pinterests()
    {
        new AdsReportLevelEnumType().Values.Select(v => (string)v.Value!).ShouldBe(SpecEnum("MetricsReportingLevel"), ignoreOrder: true);
        new AdsReportGranularityEnumType().Values.Select(v => (string)v.Value!).ShouldBe(SpecEnum("Granularity"), ignoreOrder: true);
        new BulkEntityTypeEnumType().Values.Select(v => (string)v.Value!).ShouldBe(SpecEnum("BulkEntityType"), ignoreOrder: true);
        new AdsReportStatusEnumType().Values.Select(v => (string)v.Value!).ShouldBe(SpecEnum("BulkReportingJobStatus"), ignoreOrder: true);
    }
}
