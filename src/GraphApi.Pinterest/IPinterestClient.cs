using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Ads.Audiences;
using GraphApi.Pinterest.Ads.ConversionTags;
using GraphApi.Pinterest.Ads.CustomerLists;
using GraphApi.Pinterest.Ads.Keywords;
using GraphApi.Pinterest.Ads.Planning;
using GraphApi.Pinterest.Ads.Reports;
using GraphApi.Pinterest.Billing;
using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.BusinessAccess;
using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.Catalogs.Items;
using GraphApi.Pinterest.Catalogs.ProductGroups;
using GraphApi.Pinterest.Media;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Search;
using GraphApi.Pinterest.UserAccount;

namespace GraphApi.Pinterest;

/// <summary>The whole Pinterest API v5 client, one property per resource.</summary>
public interface IPinterestClient
{
    /// <summary>The authorized user's account.</summary>
    IUserAccountClient UserAccount { get; }

    /// <summary>Boards.</summary>
    IBoardsClient Boards { get; }

    /// <summary>Board sections.</summary>
    IBoardSectionsClient BoardSections { get; }

    /// <summary>Pins.</summary>
    IPinsClient Pins { get; }

    /// <summary>Video uploads.</summary>
    IMediaClient Media { get; }

    /// <summary>Search.</summary>
    ISearchClient Search { get; }

    /// <summary>Ad accounts.</summary>
    IAdAccountsClient AdAccounts { get; }

    /// <summary>Campaigns.</summary>
    ICampaignsClient Campaigns { get; }

    /// <summary>Ad groups.</summary>
    IAdGroupsClient AdGroups { get; }

    /// <summary>Ads.</summary>
    IAdsClient Ads { get; }
    /// <summary>An ad account's audiences.</summary>
    IAudiencesClient Audiences { get; }

    /// <summary>An ad account's customer lists.</summary>
    ICustomerListsClient CustomerLists { get; }

    /// <summary>An ad account's Pinterest Tags.</summary>
    IConversionTagsClient ConversionTags { get; }

    /// <summary>Targeting keywords.</summary>
    IKeywordsClient Keywords { get; }

    /// <summary>Audience sizing and bid floors.</summary>
    IAdPlanningClient AdPlanning { get; }

    /// <summary>Asynchronous analytics reports and bulk downloads.</summary>
    IAdsReportsClient AdsReports { get; }

    /// <summary>Billing profiles, credits and invoices.</summary>
    IBillingClient Billing { get; }

    /// <summary>Catalogs.</summary>
    ICatalogsClient Catalogs { get; }
    /// <summary>Business access: members, partners, assets, invites, asset groups.</summary>
    IBusinessAccessClient BusinessAccess { get; }

    /// <summary>OAuth endpoints.</summary>
    IPinterestOAuthClient OAuth { get; }

    /// <summary>Catalog items and their batches.</summary>
    ICatalogItemsClient CatalogItems { get; }

    /// <summary>Catalog product groups.</summary>
    IProductGroupsClient ProductGroups { get; }
}
