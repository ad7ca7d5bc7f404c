using System.Text.Json;
using System.Text.Json.Nodes;

namespace MiniApp.Engine.Host;

/// <summary>coverage: contract coverage of what the chain ran (issue #15).</summary>
sealed partial class Ops
{
    /// <summary>
    /// <c>{"start": true}</c> counts from now on (a fresh count); <c>{}</c> reports what was counted,
    /// by NEF checksum: instruction offset → hits, conditional jump offset → [taken, not taken];
    /// <c>{"stop": true}</c> reports and stops counting.
    /// </summary>
    void Coverage(JsonObject request, Utf8JsonWriter w)
    {
        if (request["start"] is JsonValue s && s.GetValue<bool>())
        {
            chain.Coverage = new CoverageMap();
            w.WriteStartObject();
            w.WriteEndObject();
            return;
        }
        var report = chain.Coverage?.Report() ?? Array.Empty<ContractCoverage>();
        if (request["stop"] is JsonValue t && t.GetValue<bool>()) chain.Coverage = null;
        w.WriteStartObject();
        w.WriteBoolean("counting", chain.Coverage is not null);
        w.WriteStartArray("contracts");
        foreach (var c in report)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteNumber("checksum", c.Checksum);
            w.WriteStartArray("instructions");
            foreach (var (ip, n) in c.Instructions)
            {
                w.WriteStartArray();
                w.WriteNumberValue(ip);
                w.WriteNumberValue(n);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("branches");
            foreach (var (ip, b) in c.Branches)
            {
                w.WriteStartArray();
                w.WriteNumberValue(ip);
                w.WriteNumberValue(b.Taken);
                w.WriteNumberValue(b.NotTaken);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
