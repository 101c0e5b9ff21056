using System.Globalization;
using GraphApi.Pinterest.Sandbox.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Seed;

/// <summary>Writes the demo world. Same IDs, texts and colours every time: a fixed seed drives every choice.</summary>
internal static class SandboxSeeder
{
    private const int RandomSeed = 20261128;

    public static async Task SeedAsync(SandboxDbContext db, CancellationToken cancellationToken)
    {
#pragma warning disable CA5394 // Deterministic demo data is the point; nothing here is security-relevant.
        var random = new Random(RandomSeed);
        foreach (var u in SeedCatalog.Users)
        {
            db.Users.Add(new UserEntity
            {
                Id = u.Id,
                Username = u.Username,
                AccountType = u.Type,
                BusinessName = u.BusinessName,
                About = u.About,
                WebsiteUrl = u.Website,
                ProfileColor = u.Color,
                MonthlyViews = u.MonthlyViews,
            });
        }

        var pinNumber = 0;
        var sectionNumber = 0;
        foreach (var board in SeedCatalog.Boards)
        {
            var boardId = SeedCatalog.BoardId(board.Number);
            var ownerId = SeedCatalog.UserId(board.Owner);
            var created = SeedCatalog.Epoch.AddDays(-180 + (board.Number * 9));
            var sectionIds = new List<string>();
            foreach (var name in board.Sections)
            {
                sectionNumber++;
                var sectionId = Id(92000000000000000L, sectionNumber);
                sectionIds.Add(sectionId);
                db.Sections.Add(new SectionEntity { Id = sectionId, BoardId = boardId, Name = name, CreatedAt = created.AddDays(sectionNumber) });
            }

            var lastPin = created;
            for (var i = 0; i < board.PinCount; i++)
            {
                pinNumber++;
                var subject = board.Subjects[random.Next(board.Subjects.Length)];
                var pinCreated = created.AddHours(20 + (i * 31) + random.Next(12));
                lastPin = pinCreated > lastPin ? pinCreated : lastPin;
                // No random draw here: adding video pins must not shift the colours and sizes of every later pin.
                var isVideo = board.VideoEvery > 0 && i % board.VideoEvery == board.VideoEvery - 1;
                db.Pins.Add(new PinEntity
                {
                    Id = Id(93000000000000000L, pinNumber),
                    OwnerId = ownerId,
                    BoardId = boardId,
                    // Every other pin of a sectioned board sits in a section, so board lists must include section pins.
                    SectionId = sectionIds.Count > 0 && i % 2 == 1 ? sectionIds[i / 2 % sectionIds.Count] : null,
                    Title = Capitalize(subject) + " #" + (i + 1).ToString(CultureInfo.InvariantCulture),
                    Description = $"{Capitalize(subject)} from the {board.Name} board.",
                    Link = $"https://{board.Owner.Replace('.', '-')}.example/{subject.Replace(' ', '-')}-{pinNumber}",
                    AltText = $"A {subject} picture",
                    DominantColor = "#" + Vary(board.Palette[random.Next(board.Palette.Length)], random),
                    Width = 1000,
                    Height = 1000 + (random.Next(4) * 250),
                    HasBeenPromoted = board.IsAdsOnly,
                    CreatedAt = pinCreated,
                    MediaType = isVideo ? "video" : "image",
                    VideoMediaId = isVideo ? Id(94000000000000000L, pinNumber) : null,
                });
            }

            db.Boards.Add(new BoardEntity
            {
                Id = boardId,
                OwnerId = ownerId,
                Name = board.Name,
                Description = board.Description,
                Privacy = board.Privacy,
                IsAdsOnly = board.IsAdsOnly,
                FollowerCount = 3 + random.Next(400),
                CollaboratorCount = board.Number == 2 ? 1 : 0,
                CreatedAt = created,
                PinsModifiedAt = lastPin,
            });
        }
#pragma warning restore CA5394

        foreach (var (follower, followee) in SeedCatalog.Follows)
        {
            db.Follows.Add(new FollowEntity { FollowerId = SeedCatalog.UserId(follower), FolloweeId = SeedCatalog.UserId(followee), CreatedAt = SeedCatalog.Epoch });
        }

        foreach (var (user, board) in SeedCatalog.BoardFollows)
        {
            db.BoardFollows.Add(new BoardFollowEntity { UserId = SeedCatalog.UserId(user), BoardId = SeedCatalog.BoardId(board), CreatedAt = SeedCatalog.Epoch });
        }

        db.Websites.Add(new WebsiteEntity { UserId = SeedCatalog.UserId(SandboxDemoUsers.Business), Website = "demo-studio.example", VerifiedAt = SeedCatalog.Epoch });
        SeedAds.Add(db);
        SeedAdResources.Add(db);
        SeedCatalogs.Add(db);
        SeedCatalogItems.Add(db);
        SeedBusiness.Add(db);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Puts the content back to the seed. Tokens and codes survive, so connected users stay connected.</summary>
    public static async Task ResetAsync(SandboxDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CatalogResources.ExecuteDeleteAsync(cancellationToken);
        await db.CatalogItemRecords.ExecuteDeleteAsync(cancellationToken);
        await db.Catalogs.ExecuteDeleteAsync(cancellationToken);
        await db.AdResources.ExecuteDeleteAsync(cancellationToken);
        await db.BusinessInvites.ExecuteDeleteAsync(cancellationToken);
        await db.BusinessAccesses.ExecuteDeleteAsync(cancellationToken);
        await db.BusinessAssets.ExecuteDeleteAsync(cancellationToken);
        await db.BusinessRelations.ExecuteDeleteAsync(cancellationToken);
        await db.Businesses.ExecuteDeleteAsync(cancellationToken);
        await db.Ads.ExecuteDeleteAsync(cancellationToken);
        await db.AdGroups.ExecuteDeleteAsync(cancellationToken);
        await db.Campaigns.ExecuteDeleteAsync(cancellationToken);
        await db.AdAccounts.ExecuteDeleteAsync(cancellationToken);
        await db.Pins.ExecuteDeleteAsync(cancellationToken);
        await db.Sections.ExecuteDeleteAsync(cancellationToken);
        await db.Boards.ExecuteDeleteAsync(cancellationToken);
        await db.MediaUploads.ExecuteDeleteAsync(cancellationToken);
        await db.Follows.ExecuteDeleteAsync(cancellationToken);
        await db.BoardFollows.ExecuteDeleteAsync(cancellationToken);
        await db.Websites.ExecuteDeleteAsync(cancellationToken);
        await db.Users.ExecuteDeleteAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await SeedAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Id(long prefix, int number) => (prefix + number).ToString(CultureInfo.InvariantCulture);

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    // Small per-pin shifts keep a board's tiles related but not identical.
    private static string Vary(string hex, Random random)
    {
        var value = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
#pragma warning disable CA5394 // Deterministic demo data.
        var shift = random.Next(-12, 13);
#pragma warning restore CA5394
        int Channel(int offset) => Math.Clamp(((value >> offset) & 0xFF) + shift, 0, 255);
        return string.Create(CultureInfo.InvariantCulture, $"{Channel(16):X2}{Channel(8):X2}{Channel(0):X2}");
    }
}
