using GraphApi.Execution.Scopes;
using GraphApi.Schema;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Execution.Scopes;

/// <summary>
/// Guarded test fields mounted on the real schema through the same <see cref="IQueryFields"/> seam features use,
/// with a counter standing in for upstream calls: a filtered field must never reach its resolver.
/// </summary>
public sealed class ResolverCalls
{
    private int _count;

    public int Count => _count;

    public void Hit() => Interlocked.Increment(ref _count);

    public void Reset() => _count = 0;
}

public sealed record TestBoard(string Name);

public sealed record TestMedia(string Kind);

public sealed class TestBoardType : ObjectGraphType<TestBoard>
{
    public TestBoardType()
    {
        Name = "TestBoard";
        Description = "Test board.";
        Field(x => x.Name).Description("Name.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("pins")
            .Description("Needs pins:read.")
            .RequiresScopes("pins:read")
            .Resolve(context =>
            {
                context.RequestServices!.GetRequiredService<ResolverCalls>().Hit();
                return new[] { "p1", "p2" };
            });
        Field<StringGraphType>("secretNote")
            .Description("Needs boards:read_secret or both pins:read_secret and pins:read.")
            .Resolve(_ => "secret")
            .FieldType.RequiresScopes([["boards:read_secret"], ["pins:read_secret", "pins:read"]]);
    }
}

public sealed class TestMediaInterface : InterfaceGraphType<TestMedia>
{
    public TestMediaInterface()
    {
        Name = "TestMediaItem";
        Description = "Test media.";
        Field(x => x.Kind).Description("Kind.");
        Field<StringGraphType>("url").Description("Url, guarded on the video type only.");
    }
}

public sealed class TestImageType : ObjectGraphType<TestMedia>
{
    public TestImageType()
    {
        Name = "TestImage";
        Description = "Test image.";
        Field(x => x.Kind).Description("Kind.");
        Field<StringGraphType>("url").Description("Url.").Resolve(_ => "https://img");
        Interface<TestMediaInterface>();
        IsTypeOf = o => o is TestMedia { Kind: "image" };
    }
}

public sealed class TestVideoType : ObjectGraphType<TestMedia>
{
    public TestVideoType()
    {
        Name = "TestVideo";
        Description = "Test video.";
        Field(x => x.Kind).Description("Kind.");
        Field<StringGraphType>("url").Description("Url; needs pins:read_secret.").RequiresScopes("pins:read_secret").Resolve(_ => "https://video");
        Interface<TestMediaInterface>();
        IsTypeOf = o => o is TestMedia { Kind: "video" };
    }
}

public sealed class TestQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<TestBoardType>("testBoard")
            .Description("Needs boards:read.")
            .RequiresScopes("boards:read")
            .Resolve(context =>
            {
                context.RequestServices!.GetRequiredService<ResolverCalls>().Hit();
                return new TestBoard("Recipes");
            });
        query.Field<ListGraphType<TestMediaInterface>>("testMedia")
            .Description("Media of both kinds; needs no scope itself.")
            .Resolve(_ => new[] { new TestMedia("image"), new TestMedia("video") });
    }
}

public sealed class TestMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<StringGraphType>("testWrite")
            .Description("Needs pins:write.")
            .RequiresScopes("pins:write")
            .Resolve(context =>
            {
                context.RequestServices!.GetRequiredService<ResolverCalls>().Hit();
                return "written";
            });
}
