using System.Diagnostics;
using System.Text;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using GraphApi.Upstream.ReadCache;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace GraphApi.Tests.Upstream.ReadCache;

/// <summary>
/// The read cache with Redis as its second level: two gateway instances on one Redis namespace (B starts from a copy of
/// A's data folder, so both hold the same account links, versions and key ring), and an instance whose Redis is down.
/// </summary>
public sealed class ReadCacheRedisTests
{
    private const string Board = "query($id: ID!) { board(id: $id) { id name } }";
    private const string BoardId = "91000000000000001";

    private static (string Key, string Value)[] Settings(RedisNamespace redis) =>
    [
        ("ReadCache:Enabled", "true"),
        // Memory copies outlive the test: only the invalidation message can make B ask again in time.
        ("ReadCache:Expiration", "00:01:00"),
        ("ReadCache:LocalExpiration", "00:00:30"),
        ("Redis:Configuration", redis.Configuration),
        ("Redis:KeyPrefix", redis.Prefix),
        ("Pinterest:MaxRetries", "0"),
        .. RelaxedLimits.RateLimits,
    ];

    [SkippableFact]
    public async Task B_answers_from_As_entry_without_a_call_and_a_write_on_A_makes_B_ask_again()
    {
        var redis = ExternalServers.CreateRedisNamespace();
        var shared = Path.Combine(Path.GetTempPath(), "graphapi-tests", "read-cache-b-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var a = new SandboxGatewayFactory(Settings(redis));
            await a.ConnectDemoUsersAsync();
            CopyFolder(a.DataDirectory, shared);
            using var b = new SandboxGatewayFactory([.. Settings(redis), ("Storage:DataDirectory", shared)]);
            _ = b.Address;

            // Each instance uses its cache only once it hears the other's invalidations.
            await SubscribedAsync(a);
            await SubscribedAsync(b);

            var onA = await QueryAsync(a, Board, new { id = BoardId });
            b.Counters.Reset();
            var onB = await QueryAsync(b, Board, new { id = BoardId });

            onB.At("data").ToString().ShouldBe(onA.At("data").ToString());
            b.Counters.CountOf("boards/get").ShouldBe(0);
            await ShouldHoldNoIdsOrPlainDataAsync(redis, onA.At("data.board.name").GetString()!);

            (await QueryAsync(a, "mutation($id: ID!) { updateBoard(input: { boardId: $id, description: \"changed on A\" }) { errors { __typename } } }", new { id = BoardId }))
                .ShouldHaveNoErrors();
            // B's copies live 30 s in memory and a minute in Redis: only A's invalidation message can make B ask within this wait.
            var clock = Stopwatch.StartNew();
            while (b.Counters.CountOf("boards/get") == 0 && clock.Elapsed < TimeSpan.FromSeconds(15))
            {
                await QueryAsync(b, Board, new { id = BoardId });
                if (b.Counters.CountOf("boards/get") == 0)
                {
                    await Task.Delay(50);
                }
            }

            b.Counters.CountOf("boards/get").ShouldBe(1, "B kept answering from its cached copy after A's write");
        }
        finally
        {
            await redis.DeleteKeysAsync();
            if (Directory.Exists(shared))
            {
                Directory.Delete(shared, recursive: true);
            }
        }
    }

    [Fact]
    public async Task An_unreachable_Redis_does_not_fail_reads()
    {
        using var factory = new SandboxGatewayFactory([.. Settings(new RedisNamespace("127.0.0.1:1,connectTimeout=200", "graphapi-t-down:"))]);
        await factory.ConnectDemoUsersAsync();
        factory.Counters.Reset();

        var first = await QueryAsync(factory, Board, new { id = BoardId });
        var second = await QueryAsync(factory, Board, new { id = BoardId });

        first.ShouldHaveNoErrors();
        second.At("data").ToString().ShouldBe(first.At("data").ToString());

        // An instance that cannot hear the others' invalidations does not use its cache at all, memory included:
        // every read asks Pinterest.
        factory.Counters.CountOf("boards/get").ShouldBe(2);
    }

    private static Task SubscribedAsync(SandboxGatewayFactory factory) =>
        factory.Services.GetRequiredService<ReadAnswerCache>().Subscribed.WaitAsync(TimeSpan.FromSeconds(15));

    private static async Task<System.Text.Json.JsonElement> QueryAsync(SandboxGatewayFactory factory, string query, object variables)
    {
        using var client = factory.CreateClientFor(SandboxDemoUsers.Pinner);
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return await response.ReadJsonAsync();
    }

    // Key names are hashes and values are encrypted: neither the caller, the board id nor the board's name is readable in Redis.
    private static async Task ShouldHoldNoIdsOrPlainDataAsync(RedisNamespace redis, string boardName)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var keys = new List<RedisKey>();
        await foreach (var key in server.KeysAsync(pattern: redis.Prefix + "read-cache:*"))
        {
            keys.Add(key);
        }

        keys.ShouldNotBeEmpty();
        foreach (var key in keys)
        {
            var name = (string)key!;
            name.ShouldNotContain(SandboxDemoUsers.Pinner);
            name.ShouldNotContain(BoardId);
            var type = await connection.GetDatabase().KeyTypeAsync(key);
            var value = type == RedisType.Hash
                ? string.Join("|", (await connection.GetDatabase().HashGetAllAsync(key)).Select(e => Encoding.Latin1.GetString((byte[])e.Value!)))
                : Encoding.Latin1.GetString((byte[])(await connection.GetDatabase().StringGetAsync(key))!);
            value.ShouldNotContain(boardName);
            value.ShouldNotContain(BoardId);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = File.Create(target);
            source.CopyTo(copy);
        }
    }
}
