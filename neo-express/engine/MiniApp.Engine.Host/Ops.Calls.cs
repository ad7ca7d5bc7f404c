using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Neo.IO;
using Neo.Network.P2P.Payloads;

namespace MiniApp.Engine.Host;

/// <summary>invokeScript and executeBlock: running scripts, read-only or in a new block.</summary>
sealed partial class Ops
{
    /// <summary>As RPC <c>invokescript</c>: Runtime.Time = tip + msPerBlock, GAS limit maxGasInvoke, nothing kept.</summary>
    void InvokeScript(JsonObject request, Utf8JsonWriter w)
    {
        var script = Params.Base64(request, "script");
        var signers = SignerJson.Parse(Params.OptionalArray(request, "signers"));
        ExecutionJson.Write(w, chain.TestInvokeScript(script, signers));
    }

    /// <summary>
    /// <c>{"calls": [{"script", "signers"}…]}</c> → <c>{"gas": ["<datoshi>"…]}</c>: the GAS each
    /// script consumes in a test invocation against the tip (as <c>invokescript</c>'s
    /// <c>gasconsumed</c>), nothing else of its outcome; a fee-measuring dry run, so no coverage.
    /// A judged pair measures its block's system fees here once for both lanes (SharedBlocks).
    /// </summary>
    void TestInvokeGas(JsonObject request, Utf8JsonWriter w)
    {
        var calls = Params.Array(request, "calls");
        w.WriteStartObject();
        w.WriteStartArray("gas");
        for (int i = 0; i < calls.Count; i++)
        {
            var call = calls[i] as JsonObject ?? throw HostError.BadRequest($"calls[{i}]: expected {{\"script\", \"signers\"}}");
            var gas = chain.TestInvokeGas(Params.Base64(call, "script"), SignerJson.Parse(Params.OptionalArray(call, "signers")));
            w.WriteStringValue(gas.ToString(CultureInfo.InvariantCulture));
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Transactions built and signed by the client, run as given in one new block. The block is
    /// all or nothing: a rejection (BLOCK_REJECTED) leaves the chain as it was.
    /// </summary>
    void ExecuteBlock(JsonObject request, Utf8JsonWriter w)
    {
        var timestamp = Params.UInt64(request, "timestamp");
        var encoded = Params.Array(request, "transactions");
        var txs = new Transaction[encoded.Count];
        for (int i = 0; i < txs.Length; i++)
            txs[i] = Deserialize(Params.Base64(encoded[i], $"transactions[{i}]"), i);
        var estimating = HostTiming.Start();
        if (Params.OptionalArray(request, "estimate") is { } estimate) EstimateSystemFees(txs, estimate);
        HostTiming.Stop("executeBlock: fee estimates", estimating);
        // The block nonce feeds Runtime.GetRandom; the client passes the one its neo-express blocks carry.
        var nonce = request.ContainsKey("nonce") ? Params.UInt64(request, "nonce") : 0UL;
        var persisting = HostTiming.Start();
        var block = chain.ExecuteBlock(timestamp, txs, nonce);
        HostTiming.Stop("executeBlock: persist the block", persisting);
        WriteBlock(w, block);
    }

    /// <summary>
    /// <c>{"block": base64}</c>: a whole block as the node's <c>getblock</c> returns it (raw), its
    /// transactions run as given at its timestamp with its nonce, as executeBlock runs them (the
    /// header's index must be the next one). A judged pair copies the node's blocks this way when
    /// the engine must hold exactly what the node holds (a world build the node made anew).
    /// </summary>
    void CopyBlock(JsonObject request, Utf8JsonWriter w)
    {
        Neo.Network.P2P.Payloads.Block given;
        try { given = Params.Base64(request, "block").AsSerializable<Neo.Network.P2P.Payloads.Block>(); }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException)
        {
            throw HostError.BlockRejected($"\"block\" is not a serialized Block: {e.Message}");
        }
        if (given.Index != chain.Height + 1) throw HostError.BlockRejected($"block {given.Index} does not follow the tip {chain.Height}");
        WriteBlock(w, chain.ExecuteBlock(given.Timestamp, given.Transactions, given.Nonce));
    }

    void WriteBlock(Utf8JsonWriter w, MiniApp.Engine.BlockResult block)
    {
        w.WriteStartObject();
        w.WriteNumber("index", block.Index);
        w.WriteString("hash", block.Hash.ToString());
        w.WriteString("timestamp", block.Timestamp.ToString(CultureInfo.InvariantCulture));
        w.WriteStartArray("executions");
        for (int i = 0; i < block.Outcomes.Count; i++)
            ExecutionJson.Write(w, block.Outcomes[i], block.Transactions[i].Hash, block.Transactions[i].SystemFee);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// <c>"estimate": [{"index", "margin", "max"}…]</c>: the system fee of those transactions is set
    /// here, as the TS TransactionFactory sets it for neo-express: a test invocation of the script
    /// with the transaction's signers against the tip (all before the block runs), then
    /// min(gas + gas / 10 + margin, max). It saves the client a round trip per step (a judged
    /// pair measures with <see cref="TestInvokeGas"/> instead, for both lanes). Witnesses are not
    /// re-signed (nothing verifies them in-process).
    /// </summary>
    void EstimateSystemFees(Transaction[] txs, JsonArray estimate)
    {
        for (int j = 0; j < estimate.Count; j++)
        {
            var e = estimate[j] as JsonObject ?? throw HostError.BadRequest($"estimate[{j}]: expected {{\"index\", \"margin\", \"max\"}}");
            int index = Params.Int32(e, "index");
            if (index < 0 || index >= txs.Length) throw HostError.BadRequest($"estimate[{j}]: no transaction {index}");
            var tx = txs[index];
            var signers = tx.Signers.Select(s => new TxSigner(s.Account, s.Scopes, s.AllowedContracts)).ToArray();
            long gas = chain.TestInvokeGas(tx.Script.ToArray(), signers);
            tx.SystemFee = Math.Min(gas + gas / 10 + (long)Params.UInt64(e, "margin"), (long)Params.UInt64(e, "max"));
        }
    }

    /// <summary>As the node's <c>sendrawtransaction</c> reads one; bytes that are no transaction reject the block.</summary>
    static Transaction Deserialize(byte[] bytes, int index)
    {
        try { return bytes.AsSerializable<Transaction>(); }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException)
        {
            throw HostError.BlockRejected($"transactions[{index}] is not a serialized Transaction: {e.Message}");
        }
    }
}
