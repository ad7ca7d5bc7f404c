using System.Text.Json;
using System.Text.Json.Nodes;

namespace MiniApp.Engine.Host;

/// <summary>
/// The ops of README.md by name. Each reads its params from the request object and writes its
/// result as one JSON value; failures are exceptions (<see cref="HostError"/> for chosen codes).
/// Holds the session's state besides the chain: the forked states by id.
/// </summary>
sealed partial class Ops
{
    readonly Chain chain;
    readonly TextWriter? diagnostics;
    readonly Dictionary<string, Action<JsonObject, Utf8JsonWriter>> byName;
    readonly Scratch entryScratch = new();

    public Ops(Chain chain, TextWriter? diagnostics)
    {
        this.chain = chain;
        this.diagnostics = diagnostics;
        byName = new(StringComparer.Ordinal)
        {
            ["hello"] = Hello,
            ["tip"] = (_, w) => WriteTip(w),
            ["feePolicy"] = FeePolicy,
            ["invokeScript"] = InvokeScript,
            ["testInvokeGas"] = TestInvokeGas,
            ["executeBlock"] = ExecuteBlock,
            ["copyBlock"] = CopyBlock,
            ["storage"] = Storage,
            ["balances"] = Balances,
            ["fork"] = Fork,
            ["restore"] = Restore,
            ["drop"] = Drop,
            ["coverage"] = Coverage,
            ["batch"] = Batch,
        };
    }

    public void Run(JsonObject request, Utf8JsonWriter result)
    {
        var run = Find(request, out var op);
        var started = HostTiming.Start();
        run(request, result);
        HostTiming.Stop(op, started);
    }

    Action<JsonObject, Utf8JsonWriter> Find(JsonObject request, out string op)
    {
        op = request["op"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw HostError.BadRequest("\"op\": expected the name of an op");
        return byName.TryGetValue(op, out var run)
            ? run
            : throw HostError.BadRequest($"unknown op \"{op}\" (known: {string.Join(", ", byName.Keys)})");
    }

    /// <summary>
    /// <c>{"requests": [{"op", …params}, …]}</c>: each in order and on its own, a failure answered
    /// in its entry without stopping the rest (state changes of the entries before it stay).
    /// </summary>
    void Batch(JsonObject request, Utf8JsonWriter w)
    {
        var requests = Params.Array(request, "requests");
        w.WriteStartObject();
        w.WriteStartArray("results");
        for (int i = 0; i < requests.Count; i++)
        {
            w.WriteStartObject();
            var entry = requests[i];
            Protocol.Answer(w, entryScratch, result =>
            {
                if (entry is not JsonObject o) throw HostError.BadRequest($"requests[{i}]: expected an object {{\"op\", …params}}");
                var run = Find(o, out var op);
                if (op == "batch") throw HostError.BadRequest($"requests[{i}]: a batch cannot contain a batch");
                var started = HostTiming.Start();
                run(o, result);
                HostTiming.Stop("batch/" + op, started);
            }, diagnostics);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
