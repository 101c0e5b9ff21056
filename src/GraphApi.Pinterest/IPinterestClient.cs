using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Boards;
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

    /// <summary>OAuth endpoints.</summary>
    IPinterestOAuthClient OAuth { get; }
}
