using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphApi.Schema.Uploads;

/// <summary>
/// The <c>Upload</c> scalar (as Hot Chocolate and Apollo name it): an input only a multipart/form-data request can fill,
/// with a file placed by the request's <c>map</c> (Http/Uploads). A JSON string, or a literal in the document, is refused
/// with a message saying how to send a file, rather than being taken as base64 or a path.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public const string TypeName = "Upload";
    public const string SpecUrl = "https://github.com/jaydenseric/graphql-multipart-request-spec";

    private const string HowToSend =
        "An Upload is filled only by a file of a multipart/form-data request (GraphQL multipart request spec: " +
        "\"operations\", \"map\", then the files); send the variable as null in \"operations\" and map the file to it.";

    public UploadGraphType()
    {
        Name = TypeName;
        // GraphQL.NET 8 has no @specifiedBy; the spec's address is in the description instead.
        Description = $"A file sent with the GraphQL multipart request spec ({SpecUrl}): multipart/form-data with the " +
            "variable set to null in `operations` and the `map` pointing at it. Input only; a JSON value is refused.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        UploadedFile file => file,
        _ => throw new UploadValueException(HowToSend),
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue
        ? null
        : throw new UploadValueException(HowToSend);

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    public override object? Serialize(object? value) =>
        throw new InvalidOperationException("Upload is an input-only scalar; it is never part of a response.");
}

/// <summary>An Upload given anything but a file; its message (how to send one) is added to the engine's variable error.</summary>
public sealed class UploadValueException(string message) : InvalidOperationException(message);
