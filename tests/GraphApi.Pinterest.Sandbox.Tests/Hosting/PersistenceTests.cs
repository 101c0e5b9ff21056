using System.Net;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace GraphApi.Pinterest.Sandbox.Tests.Hosting;

public sealed class PersistenceTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string DataDirectory => _temp.Path;

    [Fact]
    public async Task Writes_and_tokens_survive_a_restart()
    {
        string boardId;
        string accessToken;
        await using (var first = await SandboxHost.StartAsync(DataDirectory))
        {
            var tokens = await first.IssueAsync(SandboxDemoUsers.Pinner, Scopes.All);
            accessToken = tokens.AccessToken;
            using var client = first.CreateClient();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
            using var created = await client.PostJsonAsync("v5/boards", new { name = "Survives restarts" });
            boardId = (await created.JsonAsync())["id"]!.GetValue<string>();
            using var pin = await client.PostJsonAsync("v5/pins", Contract.ContractCases.NewPin(boardId));
            pin.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        await using var second = await SandboxHost.StartAsync(DataDirectory);
        using var again = second.CreateClient();
        again.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        var board = await again.GetJsonAsync($"v5/boards/{boardId}");

        board["name"]!.GetValue<string>().ShouldBe("Survives restarts");
        board["pin_count"]!.GetValue<int>().ShouldBe(1);
        board["created_at"]!.GetValue<string>().ShouldEndWith("Z");
    }

    [Fact]
    public async Task A_database_from_before_the_media_columns_is_upgraded_on_start()
    {
        await using (await SandboxHost.StartAsync(DataDirectory))
        {
        }

        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "pinterest-sandbox.db")}"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "ALTER TABLE Pins DROP COLUMN MediaType; ALTER TABLE Pins DROP COLUMN MediaItemsJson; ALTER TABLE Pins DROP COLUMN VideoMediaId;";
            await drop.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using var host = await SandboxHost.StartAsync(DataDirectory);
        using var client = await host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var pin = await client.GetJsonAsync($"v5/pins/{SeedIds.DinnerPin}");

        pin["media"]!["media_type"]!.GetValue<string>().ShouldBe("image");
    }

    [Fact]
    public async Task Reset_restores_the_seed_and_keeps_connections()
    {
        await using var host = await SandboxHost.StartAsync(DataDirectory);
        using var client = await host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var before = (await client.GetJsonAsync("v5/boards?page_size=250")).Items().Count;
        using var deleted = await client.DeleteAsync(new Uri($"v5/boards/{SeedIds.DinnersBoard}", UriKind.Relative));
        using var created = await client.PostJsonAsync("v5/boards", new { name = "Temporary" });

        using var reset = await client.PostAsync(new Uri("_control/reset", UriKind.Relative), null);
        var after = (await client.GetJsonAsync("v5/boards?page_size=250")).Items();

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after.Count.ShouldBe(before);
        after.ShouldContain(b => b["id"]!.GetValue<string>() == SeedIds.DinnersBoard);
        after.ShouldNotContain(b => b["name"]!.GetValue<string>() == "Temporary");
    }

    public void Dispose() => _temp.Dispose();
}
