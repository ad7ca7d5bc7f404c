using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MiniApp.Engine.Host;

/// <summary>
/// The framing of README.md: a request is one JSON object <c>{"id", "op", …params}</c>; an answer
/// is <c>"ok": true, "result": …</c> or <c>"ok": false, "error": …, "code": …</c>, written into an
/// open object (the response line, or one entry of a batch).
/// </summary>
static class Protocol
{
    /// <summary>No HTML escaping: base64 and messages go out as they are (the reader is JSON.parse).</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Duplicate names are refused while parsing: JsonObject would otherwise throw on first access,
    /// anywhere in an op, long after the request was judged well-formed.
    /// </summary>
    static readonly JsonDocumentOptions ReaderOptions = new() { AllowDuplicateProperties = false };

    /// <summary>The request object, or a BAD_REQUEST saying why the line is not one.</summary>
    public static JsonObject ParseRequest(string line)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(line, documentOptions: ReaderOptions); }
        catch (JsonException e) { throw HostError.BadRequest($"the line is not JSON: {e.Message}"); }
        return node as JsonObject ?? throw HostError.BadRequest("a request must be a JSON object {\"id\", \"op\", …params}");
    }

    /// <summary>
    /// Runs <paramref name="op"/> into <paramref name="scratch"/> and only then copies its result
    /// into <paramref name="w"/>: an op that fails halfway leaves no half-written result behind.
    /// </summary>
    public static void Answer(Utf8JsonWriter w, Scratch scratch, Action<Utf8JsonWriter> op, TextWriter? diagnostics)
    {
        try
        {
            var result = scratch.Begin();
            op(result);
            result.Flush();
        }
        catch (Exception e)
        {
            WriteError(w, e, diagnostics);
            return;
        }
        w.WriteBoolean("ok", true);
        w.WritePropertyName("result");
        w.WriteRawValue(scratch.Written, skipInputValidation: true);
    }

    public static void WriteError(Utf8JsonWriter w, Exception e, TextWriter? diagnostics)
    {
        var (code, message) = e switch
        {
            HostError h => (h.Code, h.Message),
            BlockRejectedException b => (ErrorCode.BlockRejected, b.Message),
            _ => (ErrorCode.Engine, $"{e.GetType().Name}: {e.Message}"),
        };
        // An ENGINE error is a surprise worth its stack trace; the others are the client's business.
        if (code == ErrorCode.Engine) diagnostics?.WriteLine($"engine host: {e}");
        w.WriteBoolean("ok", false);
        w.WriteString("error", message);
        w.WriteString("code", code);
    }
}

/// <summary>A reusable buffer and writer for one result at a time (one for requests, one for batch entries).</summary>
sealed class Scratch
{
    readonly ArrayBufferWriter<byte> buffer = new(4096);
    readonly Utf8JsonWriter writer;

    public Scratch() => writer = new Utf8JsonWriter(buffer, Protocol.WriterOptions);

    public Utf8JsonWriter Begin()
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        return writer;
    }

    public ReadOnlySpan<byte> Written => buffer.WrittenSpan;
}
