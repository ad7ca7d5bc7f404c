extern alias neovm;
using System.Linq;
using System.Numerics;
using System.Text;
using Xunit;
using VM = neovm::Neo.VM;

namespace MiniApp.Compiler.Tests.Compiler;

/// <summary>
/// Issue #13: where C# and nccs 3.5.0 give a construct different meanings, ours either gives it
/// nccs's meaning (the expected values below are what nccs 3.5.0's code does on the real NeoVM
/// 3.5: state, stack item types, exception text) or refuses it with MC1005 naming what nccs does
/// and how to write it instead. Numbered as the list.
/// </summary>
public class NccsFidelityTests
{
    static VM.Types.Integer I(BigInteger v) => new(v);
    static VM.Types.ByteString B(params byte[] b) => new(b);
    static VM.Types.ByteString S(string s) => new(Encoding.UTF8.GetBytes(s));
    const string Unhandled = "An unhandled exception was thrown.";

    static VM.Types.StackItem Halt(CompiledContract c, string m, params VM.Types.StackItem[] args)
    {
        var (state, result, fault) = VmRunner.Run(c, m, args);
        Assert.True(state == VM.VMState.HALT, $"{m}: {fault}");
        return result!;
    }

    static string Fault(CompiledContract c, string m, params VM.Types.StackItem[] args)
    {
        var (state, _, fault) = VmRunner.Run(c, m, args);
        Assert.Equal(VM.VMState.FAULT, state);
        return fault!;
    }

    static CompilerDiagnostic Refused(string member) => VmRunner.Refused(member);

    // 1. Records are shared on local assignment, argument passing, return and array initializers;
    //    SETITEM (item/field stores, record initializers) and APPEND clone them.
    [Fact]
    public void N1_records_alias_like_nccs()
    {
        var c = VmRunner.Compile("""
            public struct P { public BigInteger X; public BigInteger Y; }
            public struct Q { public P Inner; public BigInteger Z; }
            public static BigInteger Local(BigInteger x) { P a = new P { X = x, Y = 0 }; P b = a; b.X = x + 1; return a.X - x; }
            public static BigInteger Arg(BigInteger x) { P a = new P { X = x, Y = 0 }; Accrue(a, 3); Accrue(a, 4); return a.Y; }
            static void Accrue(P c, BigInteger y) { c.Y += y; }
            public static BigInteger Returned(BigInteger x) { P a = new P { X = x, Y = 0 }; P b = Id(a); b.X = 0; return a.X; }
            static P Id(P p) => p;
            public static BigInteger ArrayInit(BigInteger x) { P a = new P { X = x, Y = 0 }; P[] ps = new P[] { a }; a.X = x + 5; return ps[0].X - x; }
            public static BigInteger ItemStore(BigInteger x) { P a = new P { X = x, Y = 0 }; P[] ps = new P[1]; ps[0] = a; a.X = x + 5; return ps[0].X - x; }
            public static BigInteger Nested(BigInteger x) { P a = new P { X = x, Y = 0 }; Q q = new Q { Inner = a, Z = 1 }; a.X = 99; return q.Inner.X; }
            public static BigInteger ListAdd(BigInteger x) { P a = new P { X = x, Y = 0 }; List<P> l = new List<P>(); l.Add(a); a.X = 0; return l[0].X; }
            """);
        Assert.Equal(BigInteger.One, Halt(c, "local", I(7)).GetInteger());
        Assert.Equal(new BigInteger(7), Halt(c, "arg", I(7)).GetInteger());       // the helper changed the caller's record (CompoundCapsule ACCRUE)
        Assert.Equal(BigInteger.Zero, Halt(c, "returned", I(7)).GetInteger());
        Assert.Equal(new BigInteger(5), Halt(c, "arrayInit", I(7)).GetInteger()); // PACK shares
        Assert.Equal(BigInteger.Zero, Halt(c, "itemStore", I(7)).GetInteger());   // SETITEM clones
        Assert.Equal(new BigInteger(7), Halt(c, "nested", I(7)).GetInteger());    // nccs's initializer SETITEM clones
        Assert.Equal(new BigInteger(7), Halt(c, "listAdd", I(7)).GetInteger());   // APPEND clones
    }

    [Fact]
    public void N1_unassigned_record_fields_get_nccs_defaults_and_default_of_a_record_is_refused()
    {
        var c = VmRunner.Compile("""
            public struct P { public BigInteger X; public string S; public bool F; public UInt160 A; }
            public struct Q { public P Inner; public BigInteger Z; }
            public static object Make() => new P { X = 1 };
            public static object MakeQ() => new Q { Z = 2 };
            """);
        var p = (VM.Types.Struct)Halt(c, "make");
        Assert.Equal(new[] { VM.Types.StackItemType.Integer, VM.Types.StackItemType.Any, VM.Types.StackItemType.Integer, VM.Types.StackItemType.Any }, p.Select(i => i.Type));
        var q = (VM.Types.Struct)Halt(c, "makeQ");
        Assert.True(q[0].IsNull);
        var d = Refused("public struct P { public BigInteger X; }\npublic static object F() => default(P);");
        Assert.Equal("MC1005", d.Code);
        Assert.Contains("nccs 3.5.0 cannot compile default of the record P", d.Message);
    }

    [Fact]
    public void N1_record_local_assigned_field_by_field_is_refused()
    {
        var d = Refused("public struct P { public BigInteger X; }\npublic static BigInteger F() { P a; a.X = 1; return a.X; }");
        Assert.Equal("MC1005", d.Code);
        Assert.Contains("leaves the record local 'a' null", d.Message);
        var c = VmRunner.Compile("public struct P { public BigInteger X; }\npublic static BigInteger F(bool b) { P a; if (b) a = new P { X = 1 }; else a = new P { X = 2 }; a.X += 10; return a.X; }");
        Assert.Equal(new BigInteger(11), Halt(c, "f", VM.Types.StackItem.True).GetInteger());
    }

    // 2. new R[n] holds nulls.
    [Fact]
    public void N2_record_array_by_size_holds_nulls()
    {
        var c = VmRunner.Compile("""
            public struct P { public BigInteger X; }
            public static object Make(BigInteger n) => new P[(int)n];
            public static BigInteger Read(BigInteger n) { P[] ps = new P[(int)n]; return ps[0].X; }
            public static BigInteger Filled(BigInteger n) { P[] ps = new P[(int)n]; for (int i = 0; i < ps.Length; i++) ps[i] = new P { X = i }; return ps[(int)n - 1].X; }
            """);
        var a = (VM.Types.Array)Halt(c, "make", I(3));
        Assert.Equal(3, a.Count);
        Assert.All(a, i => Assert.True(i.IsNull));
        Assert.Contains("PICKITEM", Fault(c, "read", I(2)));
        Assert.Equal(new BigInteger(4), Halt(c, "filled", I(5)).GetInteger());
    }

    // 3. A static value-type field without an initializer is null under nccs: refused.
    [Theory]
    [InlineData("static BigInteger Count;\npublic static BigInteger F() => Count + 1;", "static System.Numerics.BigInteger 'Count'")]
    [InlineData("static bool Flag;\npublic static bool F() => Flag;", "static bool 'Flag'")]
    [InlineData("public static int Total { get; set; }\npublic static int F() => Total;", "static int 'Total'")]
    public void N3_static_value_field_without_initializer_is_refused(string member, string expected)
    {
        var d = Refused(member);
        Assert.Equal("MC1005", d.Code);
        Assert.Contains(expected, d.Message);
        Assert.Contains("without an initializer null", d.Message);
        Assert.Contains("give it an explicit initializer", d.Message);
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void N3_static_reference_field_without_initializer_is_null_in_both()
    {
        var c = VmRunner.Compile("static string Name;\nstatic BigInteger Count = 0;\npublic static bool F() { Count++; return Name is null && Count == 1; }");
        Assert.True(Halt(c, "f").GetBoolean());
    }

    // 4. == on bools (and integers) is EQUAL: an Integer 0 (unassigned record bool) is not false.
    [Fact]
    public void N4_bool_and_integer_equality_is_EQUAL()
    {
        var c = VmRunner.Compile("""
            public struct R { public BigInteger X; public bool Active; }
            public static bool EqFalse() { R r = new R { X = 1 }; return r.Active == false; }
            public static bool IsFalse() { R r = new R { X = 1 }; return r.Active switch { false => true, _ => false }; }
            public static bool Not() { R r = new R { X = 1 }; return !r.Active; }
            public static bool IsPattern() { R r = new R { X = 1 }; return r.Active is false; }
            public static bool InRange(int n) => n is >= 1 and <= 5 or 10;
            public static bool Branch() { R r = new R { X = 1 }; if (r.Active != false) return true; return false; }
            public static object Field() { R r = new R { X = 1 }; return r.Active; }
            public static bool IntEq(object o) => (BigInteger)o == 1;
            public static BigInteger IntSwitch(object o) { switch ((int)(BigInteger)o) { case 1: return 10; default: return 0; } }
            public static bool Arith(BigInteger a) => a + 1 == 2;
            """);
        Assert.False(Halt(c, "eqFalse").GetBoolean());
        Assert.False(Halt(c, "isFalse").GetBoolean());
        Assert.True(Halt(c, "not").GetBoolean());
        Assert.False(Halt(c, "isPattern").GetBoolean());
        Assert.Equal(new[] { false, true, true, false, true }, new[] { 0, 1, 5, 6, 10 }.Select(n => Halt(c, "inRange", I(n)).GetBoolean()));
        Assert.True(Halt(c, "branch").GetBoolean());
        Assert.IsType<VM.Types.Integer>(Halt(c, "field"));
        Assert.False(Halt(c, "intEq", B(1)).GetBoolean());        // a ByteString 01 is not the Integer 1 (EQUAL)
        Assert.True(Halt(c, "intEq", I(1)).GetBoolean());
        Assert.Equal(BigInteger.Zero, Halt(c, "intSwitch", B(1)).GetInteger());
        Assert.Equal(new BigInteger(10), Halt(c, "intSwitch", I(1)).GetInteger());
        Assert.True(Halt(c, "arith", I(1)).GetBoolean());
    }

    [Theory]
    [InlineData("public static bool F(bool a, bool b) => a ^ b;", "XOR")]
    [InlineData("public static bool F(bool a, bool b) { a ^= b; return a; }", "^= on bool")]
    [InlineData("public static int F(int x) { switch (x) { default: return 0; case 1: return 1; } }", "put the default: section last")]
    [InlineData("public static uint F(uint x) => ~x;", "INVERT")]
    public void N4_other_nccs_quirks_are_refused(string member, string expected)
    {
        var d = Refused(member);
        Assert.Equal("MC1005", d.Code);
        Assert.Contains(expected, d.Message);
    }

    // 5. (UInt160)/(UInt256) of a ByteString checks the length; null passes.
    [Fact]
    public void N5_UInt160_cast_checks_length()
    {
        var c = VmRunner.Compile("""
            public static UInt160 H(ByteString b) => (UInt160)b;
            public static UInt256 H256(ByteString b) => (UInt256)b;
            """);
        Assert.IsType<VM.Types.ByteString>(Halt(c, "h", B(new byte[20])));
        Assert.True(Halt(c, "h", VM.Types.StackItem.Null).IsNull);
        Assert.Equal(Unhandled + " abc", Fault(c, "h", S("abc")));   // THROWs the ByteString itself
        Assert.Equal(Unhandled + " " + new string('\0', 21), Fault(c, "h", B(new byte[21])));
        Assert.IsType<VM.Types.ByteString>(Halt(c, "h256", B(new byte[32])));
        Assert.StartsWith(Unhandled, Fault(c, "h256", B(new byte[20])));
    }

    // 6. Substring is a Buffer; comparing it with a string is refused.
    [Fact]
    public void N6_Substring_is_a_Buffer()
    {
        var c = VmRunner.Compile("""
            public static object Sub(string s) => s.Substring(1, 2);
            public static object Tail(string s) => s.Substring(1);
            public static BigInteger Len(string s) => s.Substring(1).Length;
            public static bool Converted(string s) => s.Substring(0, 3).ToByteArray().ToByteString() == "abc";
            public static string Cat(string s) => s.Substring(0, 1) + "!";
            """);
        var sub = Halt(c, "sub", S("abcd"));
        Assert.IsType<VM.Types.Buffer>(sub);
        Assert.Equal("bc", Encoding.UTF8.GetString(sub.GetSpan()));
        Assert.IsType<VM.Types.Buffer>(Halt(c, "tail", S("abcd")));
        Assert.Equal(new BigInteger(3), Halt(c, "len", S("abcd")).GetInteger());
        Assert.True(Halt(c, "converted", S("abcd")).GetBoolean());
        Assert.IsType<VM.Types.ByteString>(Halt(c, "cat", S("abcd")));
    }

    [Theory]
    [InlineData("public static bool F(string s) => s.Substring(0, 3) == \"abc\";")]
    [InlineData("public static bool F(string s) => \"abc\" != s.Substring(0, 3);")]
    [InlineData("public static bool F(string s) => s.Substring(1).Equals(\"abc\");")]
    [InlineData("public static int F(string s) { var t = s.Substring(1); switch (t) { case \"a\": return 1; default: return 0; } }")]
    [InlineData("public static int F(string s) => s.Substring(1) switch { \"a\" => 1, _ => 0 };")]
    [InlineData("public static bool F(string s) { string t = \"\"; t = s.Substring(2); return t == \"x\"; }")]
    public void N6_comparing_a_Substring_with_a_string_is_refused(string member)
    {
        var d = Refused(member);
        Assert.Equal("MC1005", d.Code);
        Assert.Contains("Substring's result a Buffer", d.Message);
        Assert.Contains("ToByteArray().ToByteString()", d.Message);
    }

    // 7. Integer casts and fixed-width arithmetic as nccs 3.5.0.
    [Fact]
    public void N7_BigInteger_to_int_throws_outside_the_range()
    {
        var c = VmRunner.Compile("""
            public static int ToInt(BigInteger x) => (int)x;
            public static long ToLong(BigInteger x) => (long)x;
            public static byte ToByte(BigInteger x) => (byte)x;
            public static ulong ToULong(BigInteger x) => (ulong)x;
            public static int Narrow(long x) => (int)x;
            """);
        Assert.Equal(new BigInteger(int.MaxValue), Halt(c, "toInt", I(int.MaxValue)).GetInteger());
        Assert.Equal(new BigInteger(int.MinValue), Halt(c, "toInt", I(int.MinValue)).GetInteger());
        Assert.Equal(Unhandled, Fault(c, "toInt", I((BigInteger)int.MaxValue + 1)));
        Assert.Equal(Unhandled, Fault(c, "toInt", I((BigInteger)int.MinValue - 1)));
        Assert.Equal(Unhandled, Fault(c, "toLong", I((BigInteger)long.MaxValue + 1)));
        Assert.Equal(Unhandled, Fault(c, "toByte", I(256)));
        Assert.Equal(Unhandled, Fault(c, "toULong", I(-1)));
        Assert.Equal(new BigInteger(ulong.MaxValue), Halt(c, "toULong", I(ulong.MaxValue)).GetInteger());
        Assert.Equal(new BigInteger(unchecked((int)(long.MaxValue))), Halt(c, "narrow", I(long.MaxValue)).GetInteger()); // fixed → fixed still wraps
    }

    [Fact]
    public void N7_division_increments_compound_and_negation_do_not_wrap()
    {
        var c = VmRunner.Compile("""
            public static long Div(long a, long b) => a / b;
            public static int Inc(int a) { a++; return a; }
            public static int Compound(int a) { a += 1; return a; }
            public static int Neg(int a) => -a;
            public static int Add(int a, int b) => a + b;
            """);
        Assert.Equal(BigInteger.Pow(2, 63), Halt(c, "div", I(long.MinValue), I(-1)).GetInteger());
        Assert.Equal(BigInteger.Pow(2, 31), Halt(c, "inc", I(int.MaxValue)).GetInteger());
        Assert.Equal(BigInteger.Pow(2, 31), Halt(c, "compound", I(int.MaxValue)).GetInteger());
        Assert.Equal(BigInteger.Pow(2, 31), Halt(c, "neg", I(int.MinValue)).GetInteger());
        Assert.Equal(new BigInteger(int.MinValue), Halt(c, "add", I(int.MaxValue), I(1)).GetInteger()); // binary + wraps
    }

    [Fact]
    public void Non_constant_byte_array_initializer_is_a_Buffer_filled_in_order()
    {
        var c = VmRunner.Compile("public static object Key(BigInteger id) => new byte[] { 0x41, (byte)id, 7 };");
        var k = Halt(c, "key", I(5));
        Assert.IsType<VM.Types.Buffer>(k);
        Assert.Equal(new byte[] { 0x41, 5, 7 }, k.GetSpan().ToArray());
        Assert.Equal(Unhandled, Fault(c, "key", I(300)));   // (byte) of a BigInteger outside 0..255 THROWs
    }

    // 8. a.Equals(b) on two UInt160 is EQUAL.
    [Fact]
    public void N8_UInt160_Equals_is_EQUAL()
    {
        var c = VmRunner.Compile("public static bool Same(UInt160 a, UInt160 b) => a.Equals(b);\npublic static bool SameObj(object a, object b) => a.Equals(b);");
        var h = new byte[20]; h[3] = 7;
        Assert.True(Halt(c, "same", B(h), B((byte[])h.Clone())).GetBoolean());
        Assert.False(Halt(c, "same", B(h), B(new byte[20])).GetBoolean());
        Assert.False(Halt(c, "sameObj", I(1), B(1)).GetBoolean());
    }
}
