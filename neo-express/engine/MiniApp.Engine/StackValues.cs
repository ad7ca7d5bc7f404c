using Neo.VM.Types;
using VmArray = Neo.VM.Types.Array;
using VmBoolean = Neo.VM.Types.Boolean;
using VmBuffer = Neo.VM.Types.Buffer;

namespace MiniApp.Engine;

/// <summary>Converts engine stack items into <see cref="StackValue"/> data.</summary>
public static class StackValues
{
    const int MaxDepth = 64;

    public static StackValue From(StackItem item) => From(item, 0);

    static StackValue From(StackItem item, int depth)
    {
        if (depth > MaxDepth) throw new InvalidOperationException("stack item nested too deep (cycle?)");
        return item switch
        {
            Null => StackValue.Null,
            VmBoolean b => new BooleanValue(b.GetBoolean()),
            Integer i => new IntegerValue(i.GetInteger()),
            ByteString s => new ByteStringValue(s.GetSpan().ToArray()),
            VmBuffer b => new BufferValue(b.GetSpan().ToArray()),
            Struct s => new StructValue(s.Select(x => From(x, depth + 1)).ToList()),
            VmArray a => new ArrayValue(a.Select(x => From(x, depth + 1)).ToList()),
            Map m => new MapValue(m.Select(p => new KeyValuePair<StackValue, StackValue>(From(p.Key, depth + 1), From(p.Value, depth + 1))).ToList()),
            Pointer p => new PointerValue(p.Position),
            InteropInterface o => new InteropValue(o.GetInterface<object>()?.GetType().Name ?? "null"),
            _ => throw new NotSupportedException($"stack item type {item.Type}"),
        };
    }
}
