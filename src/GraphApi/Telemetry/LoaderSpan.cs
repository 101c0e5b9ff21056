using System.Diagnostics;

namespace GraphApi.Telemetry;

/// <summary>The <c>dataloader {Loader}</c> span of one loader batch: the loader's type name and the batch size.</summary>
internal static class LoaderSpan
{
    public static Activity? Start(object loader, int batchSize)
    {
        var activity = GraphApiTelemetry.Source.StartActivity(GraphApiTelemetry.Spans.LoaderBatch);
        if (activity is not null)
        {
            var name = loader.GetType().Name;
            activity.DisplayName = "dataloader " + name;
            activity.SetTag(GraphApiTelemetry.Tags.LoaderName, name);
            activity.SetTag(GraphApiTelemetry.Tags.LoaderBatchSize, batchSize);
        }

        return activity;
    }
}
