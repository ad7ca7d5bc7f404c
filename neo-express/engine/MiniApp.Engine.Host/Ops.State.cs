using System.Text.Json;
using System.Text.Json.Nodes;

namespace MiniApp.Engine.Host;

/// <summary>storage, and fork/restore/drop: reading the state and going back to an earlier one.</summary>
sealed partial class Ops
{
    readonly Dictionary<int, ChainState> states = new();
    int nextState = 1;

    /// <summary>
    /// All entries of a contract, keys without the contract id, sorted by key bytes; none for an
    /// unknown hash. With <c>"ifChanged": true</c>, <c>{"unchanged": true}</c> instead when the
    /// last block persisted in this state did not touch the contract's storage (the client keeps
    /// what it read before that block).
    /// </summary>
    void Storage(JsonObject request, Utf8JsonWriter w)
    {
        var contract = Params.Hash160(request, "contract");
        if (Params.OptionalBool(request, "ifChanged") && chain.StorageUnchangedByLastBlock(contract))
        {
            w.WriteStartObject();
            w.WriteBoolean("unchanged", true);
            w.WriteEndObject();
            return;
        }
        var entries = chain.IsDeployed(contract) ? chain.Storage(contract).ToList() : new List<StorageEntry>();
        entries.Sort((a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
        w.WriteStartObject();
        w.WriteStartArray("entries");
        foreach (var e in entries)
        {
            w.WriteStartObject();
            w.WriteString("key", Convert.ToHexStringLower(e.Key));
            w.WriteString("value", Convert.ToHexStringLower(e.Value));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// GAS and NEO balances of each account, read from the natives' storage without running the VM
    /// (what a <c>balanceOf</c> script returns, at a fraction of its cost: a differential run reads
    /// a dozen accounts after every step).
    /// </summary>
    void Balances(JsonObject request, Utf8JsonWriter w)
    {
        var accounts = Params.Array(request, "accounts");
        var hashes = new Neo.UInt160[accounts.Count];
        for (int i = 0; i < hashes.Length; i++) hashes[i] = Params.Hash160(accounts[i], $"accounts[{i}]");
        w.WriteStartObject();
        w.WriteStartArray("gas");
        foreach (var h in hashes) w.WriteStringValue(chain.GasBalance(h).ToString());
        w.WriteEndArray();
        w.WriteStartArray("neo");
        foreach (var h in hashes) w.WriteStringValue(chain.NeoBalance(h).ToString());
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Captures the state under a new id, or under <c>"as"</c> when given (a client that keeps
    /// several sequences' states on one host names them itself, so it knows the id when it sends
    /// the request; an id already held is replaced).
    /// </summary>
    void Fork(JsonObject request, Utf8JsonWriter w)
    {
        int id = request.ContainsKey("as") ? Params.Int32(request, "as") : nextState++;
        states[id] = chain.Fork();
        w.WriteStartObject();
        w.WriteNumber("state", id);
        w.WriteEndObject();
    }

    void Restore(JsonObject request, Utf8JsonWriter w)
    {
        chain.Restore(State(request));
        WriteTip(w);
    }

    /// <summary>Forgets a state (its memory can go). Idempotent: dropping an unknown id is no error.</summary>
    void Drop(JsonObject request, Utf8JsonWriter w)
    {
        states.Remove(Params.Int32(request, "state"));
        w.WriteStartObject();
        w.WriteEndObject();
    }

    ChainState State(JsonObject request)
    {
        int id = Params.Int32(request, "state");
        return states.TryGetValue(id, out var state) ? state : throw HostError.BadRequest($"no forked state {id} (dropped, or never forked in this session)");
    }
}
