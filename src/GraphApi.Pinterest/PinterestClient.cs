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

internal sealed class PinterestClient(
    IUserAccountClient userAccount,
    IBoardsClient boards,
    IBoardSectionsClient boardSections,
    IPinsClient pins,
    IMediaClient media,
    ISearchClient search,
    IAdAccountsClient adAccounts,
    ICampaignsClient campaigns,
    IAdGroupsClient adGroups,
    IAdsClient ads,
    IPinterestOAuthClient oauth,
    IAudiencesClient audiences,
    ICustomerListsClient customerLists,
    IConversionTagsClient conversionTags,
    IKeywordsClient keywords,
    IAdPlanningClient adPlanning,
    IAdsReportsClient adsReports,
    IBillingClient billing,
    ICatalogsClient catalogs,
    ICatalogItemsClient catalogItems,
    IProductGroupsClient productGroups,

    IBusinessAccessClient businessAccess) : IPinterestClient
{
    public IUserAccountClient UserAccount => userAccount;

    public IBoardsClient Boards => boards;

    public IBoardSectionsClient BoardSections => boardSections;

    public IPinsClient Pins => pins;

    public IMediaClient Media => media;

    public ISearchClient Search => search;

    public IAdAccountsClient AdAccounts => adAccounts;

    public ICampaignsClient Campaigns => campaigns;

    public IAdGroupsClient AdGroups => adGroups;

    public IAdsClient Ads => ads;

    public IPinterestOAuthClient OAuth => oauth;

    public IAudiencesClient Audiences => audiences;

    public ICustomerListsClient CustomerLists => customerLists;

    public IConversionTagsClient ConversionTags => conversionTags;

    public IKeywordsClient Keywords => keywords;

    public IAdPlanningClient AdPlanning => adPlanning;

    public IAdsReportsClient AdsReports => adsReports;

    public IBillingClient Billing => billing;

    public ICatalogsClient Catalogs => catalogs;

    public ICatalogItemsClient CatalogItems => catalogItems;

    public IProductGroupsClient ProductGroups => productGroups;

    public IBusinessAccessClient BusinessAccess => businessAccess;
}
