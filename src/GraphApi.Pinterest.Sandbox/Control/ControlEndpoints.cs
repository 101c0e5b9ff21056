using System.Text.Json;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using GraphApi.Pinterest.Sandbox.Seed;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphApi.Pinterest.Sandbox.Control;

/// <summary>Test and benchmark controls: call counters, fault switches and a reset to the seed.</summary>
internal static class ControlEndpoints
{
    public static void MapControlEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/counters", (ISandboxCallCounters counters) => SandboxJson.Ok(counters.Snapshot()));
        group.MapDelete("/counters", (ISandboxCallCounters counters) =>
        {
            counters.Reset();
            return Results.NoContent();
        });
        group.MapGet("/faults", (ISandboxFaults faults) => SandboxJson.Ok(faults.Current));
        group.MapPut("/faults", PutFaultsAsync).DisableAntiforgery();
        group.MapDelete("/faults", (ISandboxFaults faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        group.MapPost("/reset", async (SandboxDbContext db, CancellationToken cancellationToken) =>
        {
            await SandboxSeeder.ResetAsync(db, cancellationToken);
            return Results.NoContent();
        }).DisableAntiforgery();
    }

    private static async Task<IResult> PutFaultsAsync(HttpRequest request, ISandboxFaults faults, CancellationToken cancellationToken)
    {
        SandboxFaultSettings? settings;
        try
        {
            settings = await JsonSerializer.DeserializeAsync<SandboxFaultSettings>(request.Body, SandboxJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return SandboxErrors.InvalidParameters("Invalid fault settings: " + ex.Message);
        }

        var errors = settings?.Validate().ToList() ?? ["A JSON object is required."];
        if (settings is null || errors.Count > 0)
        {
            return SandboxErrors.InvalidParameters(string.Join(' ', errors));
        }

        faults.Apply(settings);
        return SandboxJson.Ok(settings);
    }
}
