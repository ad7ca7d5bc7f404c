using System;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Text;
using MiniApp.Engine;

namespace MiniApp.Compiler.Tests.Oracle;

/// <summary>What NeoVM must do for one call: HALT with a value, or FAULT (and why).</summary>
public abstract record Expected
{
    public sealed record Value(object? Clr) : Expected;
    public sealed record Fault(string Why) : Expected;
}

/// <summary>
/// Runs an oracle method in the CLR and states what NeoVM must return. Rules:
/// a CLR exception (division by zero, index out of range, …) means FAULT; a result (or any part of
/// it) that is an integer outside NeoVM's 32-byte range means FAULT; otherwise the same value.
/// Where NeoVM differs from C# by design, <see cref="NeoVmRules"/> replaces the CLR's answer.
/// </summary>
public static class ClrOracle
{
    public static Expected Run(MethodInfo method, object?[] args)
    {
        var rule = NeoVmRules.For(method, args);
        if (rule is not null) return rule;
        object? result;
        try { result = method.Invoke(null, args); }
        catch (TargetInvocationException e) { return new Expected.Fault($"CLR threw {e.InnerException!.GetType().Name}"); }
        return TooWide(result) is { } why ? new Expected.Fault(why) : new Expected.Value(result);
    }

    public static bool FitsNeoVm(BigInteger v) => v.GetByteCount() <= 32;

    static string? TooWide(object? v) => v switch
    {
        BigInteger b when !FitsNeoVm(b) => $"result {b} needs {b.GetByteCount()} bytes (> 32)",
        Array a => a.Cast<object?>().Select(TooWide).FirstOrDefault(w => w is not null),
        _ => null,
    };

    /// <summary>Does the NeoVM value equal the CLR value? (typed: integers are Integer, strings ByteString…)</summary>
    public static bool Matches(StackValue actual, object? clr) => (actual, clr) switch
    {
        (NullValue, null) => true,
        (IntegerValue i, BigInteger b) => i.Value == b,
        (IntegerValue i, int n) => i.Value == n,
        (IntegerValue i, byte n) => i.Value == n,
        (IntegerValue i, sbyte n) => i.Value == n,
        (IntegerValue i, short n) => i.Value == n,
        (IntegerValue i, ushort n) => i.Value == n,
        (IntegerValue i, long n) => i.Value == n,
        (IntegerValue i, uint n) => i.Value == n,
        (IntegerValue i, ulong n) => i.Value == n,
        (BooleanValue x, bool b) => x.Value == b,
        // A C# string is a UTF-8 ByteString on NeoVM (spec §3 rule 3: never a Buffer).
        (ByteStringValue s, string t) => s.Bytes.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(t)),
        // C# has one byte[] type; NeoVM holds it as a Buffer or a ByteString: content decides.
        (BytesValue s, byte[] t) => s.Bytes.AsSpan().SequenceEqual(t),
        (ArrayValue a, Array c) => a.Items.Count == c.Length && a.Items.Zip(c.Cast<object?>()).All(p => Matches(p.First, p.Second)),
        // C# structs are NeoVM Structs, fields in declaration order (spec §3 rule 1).
        (StructValue s, object o) when o.GetType().IsValueType && !o.GetType().IsPrimitive && o is not BigInteger =>
            Fields(o) is var f && s.Items.Count == f.Length && s.Items.Zip(f).All(p => Matches(p.First, p.Second)),
        _ => false,
    };

    static object?[] Fields(object o) => o.GetType()
        .GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
        .OrderBy(f => f.MetadataToken).Select(f => f.GetValue(o)).ToArray();

    public static string Show(object? v) => v switch
    {
        null => "null",
        string s => $"\"{s}\"",
        byte[] b => $"0x{Convert.ToHexString(b).ToLowerInvariant()}",
        Array a => $"[{string.Join(", ", a.Cast<object?>().Select(Show))}]",
        _ when v.GetType().IsValueType && !v.GetType().IsPrimitive && v is not BigInteger =>
            $"{v.GetType().Name}{{{string.Join(", ", Fields(v).Select(Show))}}}",
        _ => v.ToString()!,
    };
}
