using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GraphApi.Pinterest.Sandbox.Tests.Hosting;

public sealed class SeedTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Seed_is_deterministic_and_complete()
    {
        await using var first = await SandboxHost.StartAsync();
        await using var second = await SandboxHost.StartAsync();

        var a = await SnapshotAsync(first);
        var b = await SnapshotAsync(second);

        a.ShouldBe(b);
        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        (await db.Users.CountAsync()).ShouldBe(3);
        (await db.Boards.CountAsync()).ShouldBe(11);
        (await db.Pins.CountAsync()).ShouldBe(200);
        (await db.Boards.Select(x => x.Privacy).Distinct().CountAsync()).ShouldBe(3);
        (await db.Sections.CountAsync()).ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task Reseeding_writes_the_seed_in_one_transaction_with_at_most_one_command_per_row()
    {
        var sql = new SqlCommandCounter();
        await using var host = await SandboxHost.StartAsync(services: s => s.ConfigureDbContext<SandboxDbContext>(o => o.AddInterceptors(sql, sql.Commits)));
        using var client = host.CreateClient();
        var before = await SnapshotAsync(host);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SandboxDbContext>().Pins.Where(p => p.Id.EndsWith('7')).ExecuteDeleteAsync();
        }

        sql.Reset();
        using var reset = await client.PostAsync(new Uri("_control/reset", UriKind.Relative), null);
        var commands = sql.Commands;
        var commits = sql.Commits.Count;

        reset.StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent);
        (await SnapshotAsync(host)).ShouldBe(before);
        var rows = await CountRowsAsync(host);
        output.WriteLine($"Reset: {commands} SQL commands, {commits} commit(s), {rows} seed rows");
        // What the old wall-clock bound stood for, counted instead: a reset that saved row by row would commit once per row.
        commits.ShouldBe(1);
        // One delete per content table (12, the ads tables included), two reads of the pins the ads promote, and at most
        // one insert per seed row; no per-row reads or re-checks.
        commands.ShouldBeLessThanOrEqualTo(12 + 2 + rows);
    }

    [Fact]
    public async Task Ensuring_the_database_twice_does_not_seed_twice()
    {
        await using var host = await SandboxHost.StartAsync();

        await host.Services.EnsureSandboxDatabaseAsync();

        await using var scope = host.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<SandboxDbContext>().Pins.CountAsync()).ShouldBe(200);
    }

    [Fact]
    public async Task Pin_analytics_are_the_same_on_every_call()
    {
        await using var host = await SandboxHost.StartAsync();
        using var client = await host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var start = DateTime.UtcNow.AddDays(-89).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var url = $"v5/pins/{SeedIds.DinnerPin}/analytics?start_date={start}&end_date={today}&metric_types=IMPRESSION";

        var first = (await client.GetJsonAsync(url)).ToJsonString();
        var second = (await client.GetJsonAsync(url)).ToJsonString();

        first.ShouldBe(second);
        (await client.GetJsonAsync(url))["all"]!["daily_metrics"]!.AsArray().Count.ShouldBe(90);
    }

    private static async Task<int> CountRowsAsync(SandboxHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        return await db.Users.CountAsync() + await db.Boards.CountAsync() + await db.Sections.CountAsync() + await db.Pins.CountAsync()
            + await db.MediaUploads.CountAsync() + await db.Follows.CountAsync() + await db.BoardFollows.CountAsync() + await db.Websites.CountAsync()
            + await db.AdAccounts.CountAsync() + await db.Campaigns.CountAsync() + await db.AdGroups.CountAsync() + await db.Ads.CountAsync();
    }

    private static async Task<string> SnapshotAsync(SandboxHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        var pins = await db.Pins.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.BoardId}|{p.SectionId}|{p.Title}|{p.DominantColor}|{p.CreatedAt:O}").ToListAsync();
        var boards = await db.Boards.OrderBy(x => x.Id).Select(x => $"{x.Id}|{x.Name}|{x.Privacy}|{x.FollowerCount}").ToListAsync();
        return string.Join('\n', boards.Concat(pins));
    }
}
