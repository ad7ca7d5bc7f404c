using System.Text;
using System.Text.Json;

namespace MiniApp.Compiler.Output;

/// <summary>Neo 3.5 contract manifest JSON, keys in the order nccs 3.5.0 writes them.</summary>
public static class ManifestWriter
{
    public static string Write(string name, IReadOnlyList<AbiMethod> methods, IReadOnlyList<AbiEvent> events,
        ManifestAttributes attrs, Permissions permissions)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteStartArray("groups"); w.WriteEndArray();
            w.WriteStartObject("features"); w.WriteEndObject();
            w.WriteStartArray("supportedstandards"); foreach (var s in attrs.Standards) w.WriteStringValue(s); w.WriteEndArray();
            w.WriteStartObject("abi");
            w.WriteStartArray("methods");
            foreach (var m in methods)
            {
                w.WriteStartObject();
                w.WriteString("name", m.Name);
                w.WriteStartArray("parameters");
                foreach (var p in m.Method?.Parameters ?? [])
                {
                    w.WriteStartObject();
                    w.WriteString("name", p.Name);
                    w.WriteString("type", Interop.TypeMap.AbiType(p.Type));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteString("returntype", m.Method is null ? "Void" : Interop.TypeMap.AbiType(m.Method.ReturnType));
                w.WriteNumber("offset", m.Entry.Instruction!.Offset);
                w.WriteBoolean("safe", m.Safe);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var e in events)
            {
                w.WriteStartObject();
                w.WriteString("name", e.Name);
                w.WriteStartArray("parameters");
                foreach (var (pName, pType) in e.Parameters)
                {
                    w.WriteStartObject(); w.WriteString("name", pName); w.WriteString("type", pType); w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("permissions");
            foreach (var (contract, ms2) in permissions.Entries())
            {
                w.WriteStartObject();
                w.WriteString("contract", contract);
                if (ms2 is null) w.WriteString("methods", "*");
                else { w.WriteStartArray("methods"); foreach (var m in ms2) w.WriteStringValue(m); w.WriteEndArray(); }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (attrs.Trusts.Contains("*")) w.WriteString("trusts", "*");
            else
            {
                w.WriteStartArray("trusts");
                foreach (var t in attrs.Trusts.Distinct().OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)) w.WriteStringValue(t);
                w.WriteEndArray();
            }
            w.WriteStartObject("extra");
            foreach (var (k, v) in attrs.Extra) w.WriteString(k, v);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
