using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Media;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Media;

/// <summary>Video uploads: register one, then poll its status before creating a video pin.</summary>
internal sealed class MediaFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query) =>
        query.Field<MediaUploadStatusType>("mediaUpload")
            .Description("The status of a video upload registered with registerMediaUpload.")
            .Argument<NonNullGraphType<IdGraphType>>("mediaId", "The upload's media ID.")
            .RequiresScopes(PinterestScopes.PinsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await pinterest.Media.GetAsync(MediaId(c.GetArgument<string>("mediaId")), c.CancellationToken));

    void IMutationFields.AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RegisterMediaUploadPayloadType>>("registerMediaUpload")
            .Description("Registers a video upload and returns where to send the file.")
            .Argument<RegisterMediaUploadInputType>("input", "What is uploaded (video).")
            .RequiresScopes(PinterestScopes.PinsRead, PinterestScopes.PinsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new RegisterMediaUploadPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await MutationRunner.RunAsync([], errors => new RegisterMediaUploadPayload(null, errors), async () =>
                new RegisterMediaUploadPayload(await pinterest.Media.RegisterUploadAsync(new RegisterMediaUploadRequest(), c.CancellationToken), [])));

    // Media IDs are Pinterest IDs too: checked before they become part of GET /media/{media_id}.
    private static string MediaId(string value) =>
        PinterestIds.IsValid(value.Trim()) ? value.Trim() : throw PinterestIds.Invalid("mediaId");
}
