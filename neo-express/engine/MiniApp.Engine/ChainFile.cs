using System.Text.Json;

namespace MiniApp.Engine;

/// <summary>One account of a neo-express chain file: the wallet it belongs to and its keys.</summary>
public sealed record ChainFileAccount(string Wallet, string PrivateKeyHex, string Address, string VerificationScriptHex, bool IsDefault, string? Label);

/// <summary>
/// The parts of a neo-express chain file (<c>*.neo-express</c>) that decide the protocol:
/// network magic, address version, block time, the consensus node's key and the fixture wallets.
/// Parsed without any neo-express code: the file is plain JSON.
/// </summary>
public sealed record ChainFile(
    uint Magic,
    byte AddressVersion,
    uint MillisecondsPerBlock,
    IReadOnlyList<ChainFileAccount> ConsensusAccounts,
    IReadOnlyList<ChainFileAccount> WalletAccounts,
    IReadOnlyDictionary<string, string> Settings)
{
    public static ChainFile Load(string path) => Parse(File.ReadAllText(path));

    public static ChainFile Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var settings = new Dictionary<string, string>();
        if (root.TryGetProperty("settings", out var s))
            foreach (var p in s.EnumerateObject()) settings[p.Name] = p.Value.GetString() ?? "";
        uint seconds = settings.TryGetValue("chain.SecondsPerBlock", out var sec) ? uint.Parse(sec) : 15;

        var nodes = root.GetProperty("consensus-nodes").EnumerateArray().ToList();
        if (nodes.Count != 1) throw new NotSupportedException($"expected one consensus node, found {nodes.Count}");
        var consensus = ReadWallet(nodes[0].GetProperty("wallet"));
        var wallets = root.TryGetProperty("wallets", out var ws)
            ? ws.EnumerateArray().SelectMany(ReadWallet).ToList()
            : new List<ChainFileAccount>();
        return new ChainFile(
            root.GetProperty("magic").GetUInt32(),
            root.GetProperty("address-version").GetByte(),
            seconds * 1000,
            consensus, wallets, settings);
    }

    static List<ChainFileAccount> ReadWallet(JsonElement wallet)
    {
        var name = wallet.GetProperty("name").GetString()!;
        return wallet.GetProperty("accounts").EnumerateArray().Select(a => new ChainFileAccount(
            name,
            a.GetProperty("private-key").GetString()!,
            a.GetProperty("script-hash").GetString()!,
            a.GetProperty("contract").GetProperty("script").GetString()!,
            a.TryGetProperty("is-default", out var d) && d.ValueKind == JsonValueKind.True,
            a.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null)).ToList();
    }
}
