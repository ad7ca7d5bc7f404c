using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using MiniApp.Compiler.Emit;

namespace MiniApp.Compiler.Output;

/// <summary>
/// Debug info in the nccs 3.5.0 / neo-debugger layout: per method its C# name, instruction range,
/// parameters, locals and sequence points "offset[document]startLine:startCol-endLine:endCol",
/// so a FAULT's instruction pointer maps back to a C# line. One addition of ours (neo-debugger and
/// other readers of the layout ignore unknown keys): <c>"synthetic-branches"</c>, the offset and reason
/// of every conditional jump the compiler synthesised that no C# condition spells (see
/// <see cref="Assembler.Instruction.Synthetic"/>), so coverage can filter them.
/// </summary>
public static class DebugInfoWriter
{
    public static string Write(byte[] script, IReadOnlyList<MethodEmitter> methods, MethodEmitter? init,
        IReadOnlyList<IFieldSymbol> statics, IReadOnlyList<AbiEvent> events)
    {
        var documents = new List<string>();
        int Doc(string path) { int i = documents.IndexOf(path); if (i < 0) { i = documents.Count; documents.Add(path); } return i; }
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("hash", "0x" + Convert.ToHexString(Hash160.Of(script).Reverse().ToArray()).ToLowerInvariant());
            var methodJson = new List<Action>();
            foreach (var m in methods)
            {
                if (m.Code.Count == 0) continue;
                var points = m.Code.Where(i => i.Source is not null)
                    .Select(i => $"{i.Offset}[{Doc(i.Source!.File)}]{i.Source.StartLine}:{i.Source.StartColumn}-{i.Source.EndLine}:{i.Source.EndColumn}").ToList();
                bool isInit = ReferenceEquals(m, init);
                string id = isInit ? "_initialize" : m.Symbol.ToDisplayString();
                string name = isInit ? $"{m.Symbol.ContainingType.ToDisplayString()},_initialize" : $"{m.Symbol.ContainingType.ToDisplayString()},{m.Symbol.Name}";
                var parameters = isInit ? [] : m.Symbol.Parameters.Select((p, i) => $"{p.Name},{Interop.TypeMap.AbiType(p.Type)},{i}").ToList();
                string ret = isInit ? "Void" : Interop.TypeMap.AbiType(m.Symbol.ReturnType);
                var locals = m.DebugLocals.Select(l => $"{l.Name},{l.Type},{l.Slot}").ToList();
                int start = m.Code[0].Offset, end = m.Code[^1].Offset;
                methodJson.Add(() =>
                {
                    w.WriteStartObject();
                    w.WriteString("id", id);
                    w.WriteString("name", name);
                    w.WriteString("range", $"{start}-{end}");
                    Strings(w, "params", parameters);
                    w.WriteString("return", ret);
                    Strings(w, "variables", locals);
                    Strings(w, "sequence-points", points);
                    w.WriteEndObject();
                });
            }
            Strings(w, "documents", documents);
            w.WriteNull("document-root");
            Strings(w, "static-variables", statics.Select((f, i) => $"{f.Name},{Interop.TypeMap.AbiType(f.Type)},{i}"));
            w.WriteStartArray("methods");
            foreach (var a in methodJson) a();
            w.WriteEndArray();
            w.WriteStartArray("synthetic-branches");
            foreach (var i in methods.SelectMany(m => m.Code).Where(i => i.Synthetic is not null).OrderBy(i => i.Offset))
            {
                w.WriteStartObject();
                w.WriteNumber("offset", i.Offset);
                w.WriteString("reason", i.Synthetic);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var e in events)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Name);
                w.WriteString("name", $"{e.Event.ContainingType.ToDisplayString()},{e.Event.Name}");
                Strings(w, "params", e.Parameters.Select((p, i) => $"{p.Name},{p.Type},{i}"));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
