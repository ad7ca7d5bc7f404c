using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Reflection;
using CsCheck;

namespace MiniApp.Compiler.Tests.Oracle;

/// <summary>
/// Random arguments for oracle methods: by parameter type, with narrower domains where a method
/// loops, recurses or indexes (so GAS and run time stay small and the domain stays meaningful).
/// </summary>
public static class Domains
{
    static readonly BigInteger Max = BigInteger.Pow(2, 255) - 1;   // largest NeoVM Integer
    static readonly BigInteger Min = -BigInteger.Pow(2, 255);      // smallest NeoVM Integer

    static readonly BigInteger[] Edges =
    {
        0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, 256, -256, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue,
        BigInteger.Pow(2, 64), -BigInteger.Pow(2, 64), BigInteger.Pow(2, 128) + 1, -BigInteger.Pow(2, 128) - 1,
        BigInteger.Pow(2, 254), -BigInteger.Pow(2, 254), Max, Max - 1, Min, Min + 1, Max / 2, Min / 2,
    };

    public static readonly Gen<BigInteger> Small = Gen.Int[-300, 300].Select(i => (BigInteger)i);
    public static readonly Gen<BigInteger> Edge = Gen.OneOf(Edges);
    /// <summary>Any NeoVM Integer: a random two's-complement value of 1 to 32 bytes.</summary>
    public static readonly Gen<BigInteger> Wide = Gen.Byte.Array[1, 32].Select(b => new BigInteger(b));
    /// <summary>Up to 15 bytes: products of two and their sums stay inside 32 bytes.</summary>
    public static readonly Gen<BigInteger> Half = Gen.Byte.Array[1, 15].Select(b => new BigInteger(b));
    public static readonly Gen<BigInteger> Integer = Gen.Frequency((3, (IGen<BigInteger>)Small), (2, Edge), (3, Wide));

    /// <summary>Shift counts around NeoVM's legal range [0, 256].</summary>
    public static readonly Gen<int> ShiftCount = Gen.Frequency((1, (IGen<int>)Gen.Int[-4, -1]), (8, Gen.Int[0, 256]), (1, Gen.Int[257, 300]));

    /// <summary>Strings with 1-, 2-, 3- and 4-byte UTF-8 characters (always valid UTF-16, no lone surrogates).</summary>
    static readonly string[] Pieces = { "a", "b", "Z", "0", " ", "-", "é", "ß", "€", "中", "😀", "alpha", "beta" };
    public static readonly Gen<string> Text = Gen.OneOf(Pieces).Array[0, 8].Select(p => string.Concat(p));
    public static readonly Gen<string?> TextOrNull = Gen.Frequency((1, (IGen<string?>)Gen.Const<string?>((string?)null)), (4, Text.Select(s => (string?)s)));
    public static readonly Gen<byte[]> Bytes = Gen.Byte.Array[0, 40];
    /// <summary>Arrays whose partial sums stay inside 32 bytes (NeoVM faults on an intermediate, the CLR does not).</summary>
    public static readonly Gen<BigInteger[]> Integers = Gen.Frequency((3, (IGen<BigInteger>)Small), (1, Half)).Array[0, 8];

    static Gen<BigInteger> Range(int lo, int hi) => Gen.Int[lo, hi].Select(i => (BigInteger)i);

    static readonly Gen<int> FullInt = Gen.Frequency((2, (IGen<int>)Gen.Int), (1, Gen.OneOf(0, 1, -1, int.MaxValue, int.MinValue, int.MaxValue - 1, int.MinValue + 1)));
    static readonly Gen<long> FullLong = Gen.Frequency((2, (IGen<long>)Gen.Long), (1, Gen.OneOf(0L, 1L, -1L, long.MaxValue, long.MinValue, int.MaxValue, int.MinValue)));
    static readonly Gen<uint> FullUInt = Gen.Frequency((2, (IGen<uint>)Gen.UInt), (1, Gen.OneOf(0u, 1u, uint.MaxValue, uint.MaxValue - 1)));
    static readonly Gen<ulong> FullULong = Gen.Frequency((2, (IGen<ulong>)Gen.ULong), (1, Gen.OneOf(0UL, 1UL, ulong.MaxValue, ulong.MaxValue - 1)));

    /// <summary>Every range end of sbyte…ulong, and one or two beyond (issue #13: casts at the ends).</summary>
    static readonly BigInteger[] RangeEnds = new BigInteger[] { sbyte.MinValue, sbyte.MaxValue, byte.MaxValue, short.MinValue, short.MaxValue,
        ushort.MaxValue, int.MinValue, int.MaxValue, uint.MaxValue, long.MinValue, long.MaxValue, ulong.MaxValue, 0 }
        .SelectMany(e => new[] { e - 2, e - 1, e, e + 1, e + 2 }).ToArray();
    public static readonly Gen<BigInteger> NearRangeEnds = Gen.Frequency((4, (IGen<BigInteger>)Gen.OneOf(RangeEnds)), (1, Integer));
    static readonly Gen<long> DivisorLong = Gen.Frequency((2, (IGen<long>)Gen.OneOf(-1L, 0L, 1L, 2L, long.MinValue)), (1, Gen.Long));
    static readonly Gen<int> DivisorInt = Gen.Frequency((2, (IGen<int>)Gen.OneOf(-1, 0, 1, 2, int.MinValue)), (1, Gen.Int));

    /// <summary>Per-method argument domains where the type default does not fit ("Class.Method").</summary>
    static readonly Dictionary<string, Gen<object?[]>> Overrides = new()
    {
        ["OracleStrings.ByteAt"] = Bytes.SelectMany(b => Range(-2, b.Length + 2).Select(i => new object?[] { b, i })),
        ["OracleStrings.MakeBytes"] = Args(Range(0, 60)),
        ["OracleStrings.Greet"] = Args(Text, Range(-1, 6)),
        ["OracleStrings.StrEq"] = Gen.Frequency((1, (IGen<object?[]>)Text.Select(s => new object?[] { s, s })), (2, Args(Text, Text))),
        ["OracleControl.SumTo"] = Args(Range(-5, 200)),
        ["OracleControl.OddSumUntil97"] = Args(Range(-5, 300)),
        ["OracleControl.SwitchString"] = Args(Gen.Frequency((2, (IGen<string>)Gen.OneOf("alpha", "beta", "", "gamma", "Alpha")), (1, Text))),
        // -2^255 would overflow in `n = -n` (NeoVM faults on the intermediate, C# does not).
        ["OracleControl.DoDigits"] = Args(Integer.Where(v => v != Min)),
        ["OracleControl.Factorial"] = Args(Range(-3, 70)),
        ["OracleControl.Fib"] = Args(Range(-2, 14)),
        ["OracleControl.Collatz"] = Args(Range(-3, 2000)),
        ["OracleStructArrays.SumOfPoints"] = Args(Range(0, 20)),
        ["OracleStructArrays.DefaultElement"] = Args(Range(1, 10)),
        // Intermediate products must fit too (NeoVM faults on them, the CLR does not): keep operands small.
        ["OracleStructs.Dot"] = Args(Half.Select(v => (object?)v), Half.Select(v => (object?)v), Half.Select(v => (object?)v), Half.Select(v => (object?)v)),
        ["OracleStructs.SumOfPointList"] = Args(Half.Select(v => (object?)v), Half.Select(v => (object?)v), Half.Select(v => (object?)v)),
        ["OracleStructCopy.CopyIsValue"] = Args(Half),
        ["OracleStructCopy.CopyIntoArray"] = Args(Half),
        ["OracleStructCopy.CopyIntoItem"] = Args(Half),
        // C# masks an int shift count to 5 bits; keep counts in [0, 31] where both agree.
        ["OracleFixedWidth.IntShl"] = Gen.Select(FullInt, Gen.Int[0, 31], (a, n) => new object?[] { a, n }),
        ["OracleFixedWidth.LongLoop"] = Gen.Select(FullLong, Gen.Int[0, 20], (a, n) => new object?[] { a, n }),
        // Min / -1 = 2^255 is an intermediate NeoVM cannot hold, while the CLR's final result fits.
        ["OracleArithmetic.DivModIdentity"] = Args(Integer, Integer).Where(a => !((BigInteger)a[0]! == Min && (BigInteger)a[1]! == -1)),
        ["OracleCasts.LongDiv"] = Args(FullLong.Select(v => (object?)v), DivisorLong.Select(v => (object?)v)),
        ["OracleCasts.IntDiv"] = Args(FullInt.Select(v => (object?)v), DivisorInt.Select(v => (object?)v)),
        ["OracleLogic.OrDefault"] = Args(TextOrNull),
        ["OracleLogic.LengthOrMinusOne"] = Args(TextOrNull),
    };

    /// <summary>Fixed-width parameters over their whole range (wrap-around is the point).</summary>
    static Gen<object?> FixedWidth(Type t) =>
        t == typeof(int) ? FullInt.Select(v => (object?)v)
        : t == typeof(long) ? FullLong.Select(v => (object?)v)
        : t == typeof(uint) ? FullUInt.Select(v => (object?)v)
        : t == typeof(ulong) ? FullULong.Select(v => (object?)v)
        : t == typeof(byte) ? Gen.Byte.Select(v => (object?)v)
        : throw new NotSupportedException(t.Name);

    public static Gen<object?[]> For(MethodInfo method)
    {
        var key = $"{method.DeclaringType!.Name}.{method.Name}";
        if (Overrides.TryGetValue(key, out var gen)) return gen;
        var gens = method.DeclaringType!.Name == "OracleFixedWidth"
            ? method.GetParameters().Select(p => FixedWidth(p.ParameterType)).ToArray()
            : method.GetParameters().Select(p => ForType(p.ParameterType, method.Name)).ToArray();
        return Args(gens);
    }

    static Gen<object?> ForType(Type t, string method) =>
        t == typeof(BigInteger) && method.StartsWith("To") ? NearRangeEnds.Select(v => (object?)v)
        : t == typeof(BigInteger) ? Integer.Select(v => (object?)v)
        : t == typeof(int) && method.StartsWith("Sh") ? ShiftCount.Select(v => (object?)v)
        : t == typeof(int) ? Gen.Int[-1000, 1000].Select(v => (object?)v)
        : t == typeof(bool) ? Gen.Bool.Select(v => (object?)v)
        : t == typeof(string) ? Text.Select(v => (object?)v)
        : t == typeof(byte[]) ? Bytes.Select(v => (object?)v)
        : t == typeof(BigInteger[]) ? Integers.Select(v => (object?)v)
        : throw new NotSupportedException($"no generator for parameter type {t.Name} of {method}");

    static Gen<object?[]> Args(params Gen<object?>[] gens)
    {
        Gen<object?[]> acc = Gen.Const(Array.Empty<object?>());
        foreach (var g in gens)
        {
            var next = g;
            acc = acc.SelectMany(list => next.Select(v => list.Append(v).ToArray()));
        }
        return acc;
    }

    static Gen<object?[]> Args<T>(Gen<T> g) => g.Select(v => new object?[] { v });
    static Gen<object?[]> Args<T, U>(Gen<T> g, Gen<U> h) => Gen.Select(g, h, (a, b) => new object?[] { a, b });
}
