using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MiniApp.Engine.Host;

/// <summary>hello, tip, feePolicy: what the client reads once (settings) or to follow the chain.</summary>
sealed partial class Ops
{
    void Hello(JsonObject _, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("magic", chain.Settings.Network);
        w.WriteNumber("addressVersion", chain.Settings.AddressVersion);
        w.WriteNumber("msPerBlock", chain.Settings.MillisecondsPerBlock);
        w.WriteString("maxGasInvoke", chain.MaxGasInvoke.ToString(CultureInfo.InvariantCulture));
        w.WriteString("genesisHash", chain.GenesisBlock.Hash.ToString());
        w.WritePropertyName("tip");
        WriteTip(w);
        w.WriteEndObject();
    }

    /// <summary>Tip = <c>{"index", "hash", "timestamp"}</c>, the last persisted block.</summary>
    void WriteTip(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("index", chain.Height);
        w.WriteString("hash", chain.LastBlockHash.ToString());
        w.WriteString("timestamp", chain.LastTimestamp.ToString(CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    void FeePolicy(JsonObject _, Utf8JsonWriter w)
    {
        var policy = chain.FeePolicy();
        w.WriteStartObject();
        w.WriteString("feePerByte", policy.FeePerByte.ToString(CultureInfo.InvariantCulture));
        w.WriteString("execFeeFactor", policy.ExecFeeFactor.ToString(CultureInfo.InvariantCulture));
        w.WriteString("storagePrice", policy.StoragePrice.ToString(CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }
}
