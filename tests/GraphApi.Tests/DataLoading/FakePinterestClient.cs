using GraphApi.Pinterest;
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
using GraphApi.Pinterest.Media;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Search;
using GraphApi.Pinterest.UserAccount;

namespace GraphApi.Tests.DataLoading;

internal sealed class FakePinterestClient(IPinsClient pins) : IPinterestClient
{
    public IUserAccountClient UserAccount => throw new NotSupportedException();

    public IBoardsClient Boards => throw new NotSupportedException();

    public IBoardSectionsClient BoardSections => throw new NotSupportedException();

    public IPinsClient Pins => pins;

    public IMediaClient Media => throw new NotSupportedException();

    public ISearchClient Search => throw new NotSupportedException();

    public IAdAccountsClient AdAccounts => throw new NotSupportedException();

    public ICampaignsClient Campaigns => throw new NotSupportedException();

    public IAdGroupsClient AdGroups => throw new NotSupportedException();

    public IAdsClient Ads => throw new NotSupportedException();

    public IPinterestOAuthClient OAuth => throw new NotSupportedException();

    public IAudiencesClient Audiences => throw new NotSupportedException();

    public ICustomerListsClient CustomerLists => throw new NotSupportedException();

    public IConversionTagsClient ConversionTags => throw new NotSupportedException();

    public IKeywordsClient Keywords => throw new NotSupportedException();

    public IAdPlanningClient AdPlanning => throw new NotSupportedException();

    public IAdsReportsClient AdsReports => throw new NotSupportedException();

    public IBillingClient Billing => throw new NotSupportedException();

    public ICatalogsClient Catalogs => throw new NotSupportedException();

    public GraphApi.Pinterest.Catalogs.Items.ICatalogItemsClient CatalogItems => throw new NotSupportedException();

    public GraphApi.Pinterest.Catalogs.ProductGroups.IProductGroupsClient ProductGroups => throw new NotSupportedException();
    public IBusinessAccessClient BusinessAccess => throw new NotSupportedException();
}
