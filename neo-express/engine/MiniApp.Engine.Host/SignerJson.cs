using System.Text.Json.Nodes;
using Neo.Network.P2P.Payloads;

namespace MiniApp.Engine.Host;

/// <summary>
/// Signers as the node's RPC takes them (<c>invokescript</c>'s second param):
/// <c>{"account": "0x…", "scopes": "CalledByEntry,CustomContracts", "allowedcontracts": ["0x…"]}</c>.
/// Groups and witness rules are refused: the engine's <see cref="TxSigner"/> carries neither.
/// </summary>
static class SignerJson
{
    public static TxSigner[] Parse(JsonArray? signers)
    {
        if (signers is null) return System.Array.Empty<TxSigner>();
        var result = new TxSigner[signers.Count];
        for (int i = 0; i < signers.Count; i++)
            result[i] = signers[i] is JsonObject o ? ParseOne(o, $"signers[{i}]") : throw HostError.BadRequest($"signers[{i}]: expected an object");
        return result;
    }

    static TxSigner ParseOne(JsonObject o, string where)
    {
        var account = Params.Hash160(o["account"], $"{where}.account");
        var scopes = Scopes(o["scopes"], where);
        var allowed = o["allowedcontracts"] ?? o["allowedContracts"];
        var contracts = allowed switch
        {
            null => null,
            JsonArray a => a.Select((c, j) => Params.Hash160(c, $"{where}.allowedcontracts[{j}]")).ToList(),
            _ => throw HostError.BadRequest($"{where}.allowedcontracts: expected an array of script hashes"),
        };
        foreach (var unsupported in new[] { "allowedgroups", "rules" })
            if (o[unsupported] is JsonArray { Count: > 0 })
                throw HostError.BadRequest($"{where}.{unsupported}: not supported by the engine host");
        return new TxSigner(account, scopes, contracts);
    }

    /// <summary>Comma-separated WitnessScope names (spaces allowed, as Enum.Parse takes them); default CalledByEntry.</summary>
    static WitnessScope Scopes(JsonNode? node, string where)
    {
        if (node is null) return WitnessScope.CalledByEntry;
        if (node is JsonValue v && v.TryGetValue<string>(out var s)
            && Enum.TryParse<WitnessScope>(s, ignoreCase: false, out var scopes)
            && !int.TryParse(s, out _))
            return scopes;
        throw HostError.BadRequest($"{where}.scopes: expected WitnessScope names such as \"CalledByEntry\" or \"CalledByEntry,CustomContracts\"");
    }
}
