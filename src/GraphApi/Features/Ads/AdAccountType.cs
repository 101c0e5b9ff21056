using GraphApi.DataLoading;
using GraphApi.Pinterest.Ads;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

/// <summary>
/// An ad account: the root of the ads hierarchy. Partial so the other ads features hang their fields on it from a
/// file of their own (implement <see cref="AddMoreFields"/>), and the merge of each is no line here.
/// </summary>
public sealed partial class AdAccountType : ObjectGraphType<AdAccount>
{
    public AdAccountType()
    {
        Name = "AdAccount";
        Description = "A Pinterest ad account: its campaigns, ad groups, ads and their analytics. Every field needs ads:read.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is AdAccount or EntityHandle<string, AdAccount>;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (use with node(id)).")
            .ResolveKeyOnly(c => GlobalId.Encode(NodeTypes.AdAccount, KeyOf(c.Source)));
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's own ad account ID.").ResolveKeyOnly(c => KeyOf(c.Source));
        Field(a => a.Name, nullable: true).Description("The account's name.");
        Field<AdAccountOwnerType>("owner").Description("The user who owns the account.").Resolve(c => c.Source.Owner);
        Field(a => a.Currency, nullable: true).Description("The currency the account is billed in (ISO 4217); money fields are in its micro units.");
        Field(a => a.Country, nullable: true).Description("The account's country (ISO 3166-1 alpha-2).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("permissions")
            .Description("The signed-in user's business access roles on the account (OWNER, ADMIN, ANALYST, ...).")
            .Resolve(c => c.Source.Permissions ?? []);
        Field<DateTimeGraphType>("createdAt").Description("When the account was created (UTC).").Resolve(c => AdsTime.From(c.Source.CreatedTime));
        Field<DateTimeGraphType>("updatedAt").Description("When the account last changed (UTC).").Resolve(c => AdsTime.From(c.Source.UpdatedTime));
        AdAccountHierarchyFields.AddTo(this);
        AddMoreFields();
        this.ResolveDataThroughHandles();
    }

    /// <summary>An ad account by Pinterest ID, loaded only if a field needs more than its ID.</summary>
    public static EntityHandle<string, AdAccount> Handle(IResolveFieldContext context, string id) =>
        new(id, context.Service<AdAccountsByIdDataLoader>());

    public static string KeyOf(object? source) => HandleFields.KeyOf<string, AdAccount>(source, a => a.Id);

    /// <summary>Fields of the other ads features (keywords, audiences, billing, reports ...), each in its own file.</summary>
    partial void AddMoreFields();
}
