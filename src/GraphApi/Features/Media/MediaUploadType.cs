using GraphApi.Pinterest.Media;
using GraphQL.Types;

namespace GraphApi.Features.Media;

public sealed class MediaUploadType : ObjectGraphType<MediaUpload>
{
    public MediaUploadType()
    {
        Name = "MediaUpload";
        Description = "A registered video upload: POST the file to uploadUrl with uploadParameters as form fields, then poll mediaUpload(mediaId).";
        Field(m => m.MediaId).Description("Use in createPin's videoId source once the status is succeeded.");
        Field(m => m.MediaType, nullable: true).Description("video.");
        Field(m => m.UploadUrl, nullable: true).Description("Where to upload the file.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UploadParameterType>>>>("uploadParameters")
            .Description("Form fields to send with the file, in any order.")
            .Resolve(c => c.Source.UploadParameters?.ToList() ?? []);
    }
}

public sealed class UploadParameterType : ObjectGraphType<KeyValuePair<string, string>>
{
    public UploadParameterType()
    {
        Name = "UploadParameter";
        Description = "One form field of an upload.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The field name.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("The field value.").Resolve(c => c.Source.Value);
    }
}

public sealed class MediaUploadStatusType : ObjectGraphType<MediaStatus>
{
    public MediaUploadStatusType()
    {
        Name = "MediaUploadStatus";
        Description = "Where a video upload stands.";
        Field(m => m.MediaId).Description("The media ID.");
        Field(m => m.MediaType, nullable: true).Description("video.");
        Field(m => m.Status, nullable: true).Description("registered, processing, succeeded or failed.");
    }
}
