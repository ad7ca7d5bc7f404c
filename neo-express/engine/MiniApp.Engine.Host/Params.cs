using System.Globalization;
using System.Text.Json.Nodes;
using Neo;

namespace MiniApp.Engine.Host;

/// <summary>
/// Typed reads of a request's params. Every mismatch is a <see cref="HostError"/> BAD_REQUEST
/// naming the param, so a JSON type error can never pass for an engine failure.
/// </summary>
static class Params
{
    public static string String(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Expected(name, "a string");

    public static JsonArray Array(JsonObject o, string name) =>
        o[name] as JsonArray ?? throw Expected(name, "an array");

    public static JsonArray? OptionalArray(JsonObject o, string name) => o[name] switch
    {
        null => null,
        JsonArray a => a,
        _ => throw Expected(name, "an array"),
    };

    /// <summary>A flag: true or false; absent is false.</summary>
    public static bool OptionalBool(JsonObject o, string name) => o[name] switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => throw Expected(name, "true or false"),
    };

    /// <summary>A count or id: a JSON integer.</summary>
    public static int Int32(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : throw Expected(name, "an integer");

    /// <summary>Datoshi or ms: a decimal string (JSON numbers lose precision past 2^53); a JSON integer is accepted too.</summary>
    public static ulong UInt64(JsonObject o, string name)
    {
        if (o[name] is JsonValue v)
        {
            if (v.TryGetValue<string>(out var s) && ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) return parsed;
            if (v.TryGetValue<ulong>(out var n)) return n;
        }
        throw Expected(name, "a non-negative integer as a decimal string");
    }

    public static byte[] Base64(JsonObject o, string name) => Base64(o[name], $"\"{name}\"");

    public static byte[] Base64(JsonNode? node, string what)
    {
        if (node is JsonValue v && v.TryGetValue<string>(out var s))
        {
            try { return Convert.FromBase64String(s); }
            catch (FormatException) { }
        }
        throw HostError.BadRequest($"{what}: expected a base64 string");
    }

    public static UInt160 Hash160(JsonObject o, string name) => Hash160(o[name], $"\"{name}\"");

    /// <summary>Display form, big-endian hex as UInt160.ToString() prints it, with or without 0x.</summary>
    public static UInt160 Hash160(JsonNode? node, string what)
    {
        if (node is JsonValue v && v.TryGetValue<string>(out var s))
        {
            var hex = s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? s[2..] : s;
            if (hex.Length == 40 && UInt160.TryParse(hex, out var hash)) return hash;
        }
        throw HostError.BadRequest($"{what}: expected a script hash, 0x + 40 hex digits (big-endian)");
    }

    static HostError Expected(string name, string what) => HostError.BadRequest($"param \"{name}\": expected {what}");
}
