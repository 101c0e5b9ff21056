using GraphApi.Pinterest.Catalogs;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>A catalog report being built, polled by its token (<c>reports/get</c>).</summary>
public sealed record CatalogReportStatus(string Token, CatalogReport Report);

public sealed class CatalogReportType : ObjectGraphType<CatalogReportStatus>
{
    public CatalogReportType()
    {
        Name = "CatalogReport";
        Description = "A catalog report: IN_PROGRESS until Pinterest has built it, then FINISHED with a download URL. Poll catalogReport(token).";
        Field(x => x.Token).Description("The token to poll with.");
        Field<StringGraphType>("status").Description("IN_PROGRESS or FINISHED.").Resolve(c => c.Source.Report.ReportStatus);
        Field<StringGraphType>("url").Description("Where to download the file once FINISHED (a signed URL: no token needed).").Resolve(c => c.Source.Report.Url);
        Field<FloatGraphType>("size").Description("The file's size in bytes once FINISHED.").Resolve(c => c.Source.Report.Size);
    }
}
