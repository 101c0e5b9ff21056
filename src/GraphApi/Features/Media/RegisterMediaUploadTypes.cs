using GraphApi.Pinterest.Media;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Media;

public sealed record RegisterMediaUploadPayload(MediaUpload? Upload, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class RegisterMediaUploadInput
{
    public string MediaType { get; set; } = "video";
}

public sealed class RegisterMediaUploadInputType : InputObjectGraphType<RegisterMediaUploadInput>
{
    public RegisterMediaUploadInputType()
    {
        Name = "RegisterMediaUploadInput";
        Description = "What is uploaded; Pinterest only takes videos this way.";
        Field(i => i.MediaType, nullable: true).Description("video (the default and only value).");
    }
}

public sealed class RegisterMediaUploadPayloadType : PayloadType<RegisterMediaUploadPayload>
{
    public RegisterMediaUploadPayloadType()
        : base("RegisterMediaUploadPayload", "The result of registerMediaUpload.") =>
        Field<MediaUploadType>("upload").Description("Where and how to upload; null on failure.").Resolve(c => c.Source.Upload);
}
