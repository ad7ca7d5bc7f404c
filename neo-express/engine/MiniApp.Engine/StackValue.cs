using System.Numerics;
using System.Text;

namespace MiniApp.Engine;

/// <summary>
/// A NeoVM stack item as plain data, detached from the engine. Equality is structural and typed:
/// ByteString ≠ Buffer, Boolean ≠ Integer, Array ≠ Struct (compare with <see cref="SameAbiValue"/>
/// to treat Array and Struct alike, as spec §10 G1 does for returns).
/// </summary>
public abstract record StackValue
{
    public static readonly StackValue Null = new NullValue();

    public static StackValue Of(BigInteger v) => new IntegerValue(v);
    public static StackValue Of(bool v) => new BooleanValue(v);
    public static StackValue Of(byte[] v) => new ByteStringValue(v);
    public static StackValue Of(string v) => new ByteStringValue(Encoding.UTF8.GetBytes(v));

    /// <summary>Equality where Array and Struct with equal items are the same value.</summary>
    public static bool SameAbiValue(StackValue a, StackValue b) => (a, b) switch
    {
        (CompoundValue x, CompoundValue y) when x is not MapValue && y is not MapValue =>
            x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => SameAbiValue(p.First, p.Second)),
        (MapValue x, MapValue y) => x.Entries.Count == y.Entries.Count &&
            x.Entries.Zip(y.Entries).All(p => SameAbiValue(p.First.Key, p.Second.Key) && SameAbiValue(p.First.Value, p.Second.Value)),
        _ => a.Equals(b),
    };

    internal static string Hex(byte[] b) => b.Length == 0 ? "" : Convert.ToHexString(b).ToLowerInvariant();
}

public sealed record NullValue : StackValue
{
    public override string ToString() => "Null";
}

public sealed record IntegerValue(BigInteger Value) : StackValue
{
    public override string ToString() => $"Integer({Value})";
}

public sealed record BooleanValue(bool Value) : StackValue
{
    public override string ToString() => $"Boolean({(Value ? "true" : "false")})";
}

/// <summary>Base of the two byte-string types; they never compare equal to each other.</summary>
public abstract record BytesValue(byte[] Bytes) : StackValue
{
    public string Utf8 => Encoding.UTF8.GetString(Bytes);
    public virtual bool Equals(BytesValue? other) =>
        other is not null && other.GetType() == GetType() && Bytes.AsSpan().SequenceEqual(other.Bytes);
    public override int GetHashCode() => HashCode.Combine(GetType(), Bytes.Length, Bytes.Length > 0 ? Bytes[0] : 0);
}

public sealed record ByteStringValue(byte[] Bytes) : BytesValue(Bytes)
{
    public override string ToString() => $"ByteString(0x{Hex(Bytes)})";
}

public sealed record BufferValue(byte[] Bytes) : BytesValue(Bytes)
{
    public override string ToString() => $"Buffer(0x{Hex(Bytes)})";
}

/// <summary>Array, Struct and Map share item storage; only same-type values are equal.</summary>
public abstract record CompoundValue(IReadOnlyList<StackValue> Items) : StackValue
{
    public virtual bool Equals(CompoundValue? other) =>
        other is not null && other.GetType() == GetType() && Items.SequenceEqual(other.Items);
    public override int GetHashCode() => HashCode.Combine(GetType(), Items.Count);
    protected string Join() => string.Join(", ", Items);
}

public sealed record ArrayValue(IReadOnlyList<StackValue> Items) : CompoundValue(Items)
{
    public override string ToString() => $"Array[{Join()}]";
}

public sealed record StructValue(IReadOnlyList<StackValue> Items) : CompoundValue(Items)
{
    public override string ToString() => $"Struct[{Join()}]";
}

/// <summary>A Map in insertion order; <see cref="CompoundValue.Items"/> holds key, value, key, value, …</summary>
public sealed record MapValue(IReadOnlyList<KeyValuePair<StackValue, StackValue>> Entries)
    : CompoundValue(Entries.SelectMany(e => new[] { e.Key, e.Value }).ToList())
{
    public bool Equals(MapValue? other) => other is not null && Items.SequenceEqual(other.Items);
    public override int GetHashCode() => HashCode.Combine(typeof(MapValue), Items.Count);
    public override string ToString() => $"Map{{{string.Join(", ", Entries.Select(e => $"{e.Key}: {e.Value}"))}}}";
}

public sealed record PointerValue(int Position) : StackValue
{
    public override string ToString() => $"Pointer({Position})";
}

/// <summary>An interop object (e.g. an iterator) reduced to its .NET type name.</summary>
public sealed record InteropValue(string TypeName) : StackValue
{
    public override string ToString() => $"Interop({TypeName})";
}
