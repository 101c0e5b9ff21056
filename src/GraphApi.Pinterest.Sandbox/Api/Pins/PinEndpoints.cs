using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static GraphApi.Pinterest.Sandbox.Http.SandboxScopes;

namespace GraphApi.Pinterest.Sandbox.Api.Pins;

/// <summary>/v5/pins reads. Pins on secret boards need pins:read_secret; protected (ads-only) pins need include_protected_pins.</summary>
internal static class PinEndpoints
{
    public static void MapPins(this RouteGroupBuilder v5)
    {
        v5.MapGet("/pins", ListAsync).Operation("pins/list", BoardsRead, PinsRead);
        v5.MapPost("/pins", PinCreation.CreateAsync).Operation("pins/create", BoardsRead, BoardsWrite, PinsRead, PinsWrite);
        // Registered before /pins/{pinId}; the literal segment wins anyway, but the order reads better.
        v5.MapGet("/pins/analytics", PinAnalyticsEndpoints.MultiAsync).Operation("multi_pins/analytics", BoardsRead, PinsRead);
        v5.MapGet("/pins/{pinId}", GetAsync).Operation("pins/get", BoardsRead, PinsRead);
        v5.MapPatch("/pins/{pinId}", PinWrites.UpdateAsync).Operation("pins/update", BoardsRead, BoardsWrite, PinsRead, PinsWrite);
        v5.MapDelete("/pins/{pinId}", PinWrites.DeleteAsync).Operation("pins/delete", BoardsRead, BoardsWrite, PinsRead, PinsWrite);
        v5.MapPost("/pins/{pinId}/save", PinCreation.SaveAsync).Operation("pins/save", BoardsRead, BoardsWrite, PinsRead, PinsWrite);
        v5.MapGet("/pins/{pinId}/analytics", PinAnalyticsEndpoints.SingleAsync).Operation("pins/analytics", BoardsRead, PinsRead);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var includeProtected = string.Equals(query["include_protected_pins"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
        var readable = Visibility.ReadablePinBoardIds(api.Db, api.Caller, includeProtected);
        var callerId = api.Caller.UserId;
        var pins = api.Db.Pins.Where(p => p.OwnerId == callerId && readable.Contains(p.BoardId));

        switch (query["pin_type"].ToString())
        {
            case "":
                break;
            case "PRIVATE":
                var secretBoards = api.Db.Boards.Where(b => b.Privacy == SandboxPrivacy.Secret).Select(b => b.Id);
                pins = pins.Where(p => secretBoards.Contains(p.BoardId));
                break;
            default:
                return SandboxErrors.InvalidParameters("pin_type must be PRIVATE.");
        }

        switch (query["pin_filter"].ToString())
        {
            case "":
                break;
            case "exclude_native":
                pins = pins.Where(p => p.ParentPinId != null);
                break;
            case "exclude_repins":
                pins = pins.Where(p => p.ParentPinId == null);
                break;
            case "has_been_promoted":
                pins = pins.Where(p => p.HasBeenPromoted);
                break;
            default:
                return SandboxErrors.InvalidParameters("pin_filter must be exclude_native, exclude_repins or has_been_promoted.");
        }

        // Every sandbox pin is a REGULAR image pin.
        var creativeTypes = query["creative_types"].SelectMany(SandboxScopes.Parse).ToList();
        if (creativeTypes.Count > 0 && !creativeTypes.Contains("REGULAR", StringComparer.Ordinal))
        {
            pins = pins.Where(_ => false);
        }

        return await PinMapper.PageAsync(api, request, pins, cancellationToken);
    }

    private static async Task<IResult> GetAsync(string pinId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await PinAccess.ReadableAsync(api, pinId, cancellationToken);
        if (loaded.Value is not { } pin)
        {
            return loaded.Error!;
        }

        var body = await PinMapper.ToResponsesAsync(api, [pin], api.Root(request), PinMapper.WantsMetrics(request), cancellationToken);
        return SandboxJson.Ok(body[0]);
    }
}
