using GraphApi.Authorization;
using GraphApi.Schema;
using GraphQL.Types;

namespace GraphApi.Users;

internal sealed class UserQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<UserType>("me")
            .Description("The signed-in user's Pinterest account.")
            .RequiresScopes("user_accounts:read")
            .Resolve(c => c.RequestServices!.GetRequiredService<MeDataLoader>().Load(MeDataLoader.Key));
}
