using System.Globalization;
using System.Text.Json;
using Neo;

namespace MiniApp.Engine.Host;

/// <summary>
/// An <see cref="Outcome"/> as the node's RPC <c>invokescript</c> prints it (state, gasconsumed,
/// exception, stack, notifications), with <c>txid</c> and <c>systemfee</c> first when it ran in a block.
/// </summary>
static class ExecutionJson
{
    public static void Write(Utf8JsonWriter w, Outcome outcome, UInt256? txid = null, long? systemFee = null)
    {
        w.WriteStartObject();
        if (txid is not null) w.WriteString("txid", txid.ToString());
        if (systemFee is not null) w.WriteString("systemfee", systemFee.Value.ToString(CultureInfo.InvariantCulture));
        w.WriteString("state", outcome.Halted ? "HALT" : "FAULT");
        w.WriteString("gasconsumed", outcome.GasConsumed.ToString(CultureInfo.InvariantCulture));
        if (outcome.Exception is null) w.WriteNull("exception");
        else w.WriteString("exception", outcome.Exception);
        w.WriteStartArray("stack");
        foreach (var item in outcome.Stack) StackItemJson.Write(w, item);
        w.WriteEndArray();
        w.WriteStartArray("notifications");
        foreach (var n in outcome.Notifications)
        {
            w.WriteStartObject();
            w.WriteString("contract", n.Contract.ToString());
            w.WriteString("eventname", n.EventName);
            w.WritePropertyName("state");
            w.WriteStartObject();
            StackItemJson.WriteItems(w, "Array", n.Args);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
