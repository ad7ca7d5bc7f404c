using System.Globalization;
using System.Text.Json;

namespace MiniApp.Engine.Host;

/// <summary>
/// A <see cref="StackValue"/> in Neo's <c>StackItem.ToJson()</c> format, as the node's RPC prints
/// stacks and notification states: <c>{"type": "Integer", "value": "42"}</c>, bytes in base64,
/// integers as decimal strings, Null as type <c>Any</c> without a value.
/// </summary>
static class StackItemJson
{
    public static void Write(Utf8JsonWriter w, StackValue value)
    {
        w.WriteStartObject();
        switch (value)
        {
            case NullValue:
                w.WriteString("type", "Any");
                break;
            case IntegerValue i:
                w.WriteString("type", "Integer");
                w.WriteString("value", i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case BooleanValue b:
                w.WriteString("type", "Boolean");
                w.WriteBoolean("value", b.Value);
                break;
            case ByteStringValue s:
                w.WriteString("type", "ByteString");
                w.WriteBase64String("value", s.Bytes);
                break;
            case BufferValue b:
                w.WriteString("type", "Buffer");
                w.WriteBase64String("value", b.Bytes);
                break;
            // Map before Array/Struct: all three are CompoundValues.
            case MapValue m:
                w.WriteString("type", "Map");
                w.WriteStartArray("value");
                foreach (var e in m.Entries)
                {
                    w.WriteStartObject();
                    w.WritePropertyName("key");
                    Write(w, e.Key);
                    w.WritePropertyName("value");
                    Write(w, e.Value);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case StructValue s:
                WriteItems(w, "Struct", s.Items);
                break;
            case ArrayValue a:
                WriteItems(w, "Array", a.Items);
                break;
            case PointerValue p:
                w.WriteString("type", "Pointer");
                w.WriteNumber("value", p.Position);
                break;
            case InteropValue:
                w.WriteString("type", "InteropInterface");
                break;
            default:
                throw new NotSupportedException($"no JSON form for {value}");
        }
        w.WriteEndObject();
    }

    /// <summary>Type and items into an open object: an Array or Struct, and a notification's state.</summary>
    public static void WriteItems(Utf8JsonWriter w, string type, IReadOnlyList<StackValue> items)
    {
        w.WriteString("type", type);
        w.WriteStartArray("value");
        foreach (var item in items) Write(w, item);
        w.WriteEndArray();
    }
}
