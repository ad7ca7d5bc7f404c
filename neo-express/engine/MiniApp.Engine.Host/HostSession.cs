using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MiniApp.Engine.Host;

/// <summary>
/// One client's session with a chain: a request line in, its response line out (README.md).
/// The process loop (<c>Program</c>) and the in-process tests drive the same class. Never throws
/// for a bad request: every failure becomes an <c>"ok": false</c> response. Not thread-safe.
/// </summary>
public sealed class HostSession
{
    readonly Ops ops;
    readonly TextWriter? diagnostics;
    readonly Scratch scratch = new();
    readonly ArrayBufferWriter<byte> line = new(4096);
    readonly Utf8JsonWriter writer;

    /// <param name="diagnostics">where ENGINE errors' stack traces go (the process passes stderr)</param>
    public HostSession(Chain chain, TextWriter? diagnostics = null)
    {
        Chain = chain;
        if (HostTiming.Enabled) chain.Timing = HostTiming.Add;
        this.diagnostics = diagnostics;
        ops = new Ops(chain, diagnostics);
        writer = new Utf8JsonWriter(line, Protocol.WriterOptions);
    }

    public Chain Chain { get; }

    /// <summary>The response to one request line, as a string without the newline.</summary>
    public string Handle(string requestLine)
    {
        line.ResetWrittenCount();
        Handle(requestLine, line);
        return Encoding.UTF8.GetString(line.WrittenSpan);
    }

    /// <summary>Writes the response to one request line (UTF-8 JSON, without the newline) to <paramref name="output"/>.</summary>
    public void Handle(string requestLine, IBufferWriter<byte> output)
    {
        // `line` may be `output` (see above); the writer is re-targeted per call either way.
        writer.Reset(output);
        writer.WriteStartObject();
        JsonObject request;
        try { request = Protocol.ParseRequest(requestLine); }
        catch (HostError e)
        {
            writer.WriteNull("id");
            Protocol.WriteError(writer, e, diagnostics);
            writer.WriteEndObject();
            writer.Flush();
            return;
        }
        WriteId(request["id"]);
        Protocol.Answer(writer, scratch, result =>
        {
            if (request["id"] is not JsonValue id || !id.TryGetValue<int>(out _))
                throw HostError.BadRequest("\"id\": expected an integer");
            ops.Run(request, result);
        }, diagnostics);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Echoes the id as sent (null if absent), so even a malformed id is answered in place.</summary>
    void WriteId(JsonNode? id)
    {
        writer.WritePropertyName("id");
        if (id is null) writer.WriteNullValue();
        else id.WriteTo(writer);
    }
}
