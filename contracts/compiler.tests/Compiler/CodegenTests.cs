extern alias neovm;
using System.Numerics;
using Xunit;
using Xunit.Abstractions;
using VM = neovm::Neo.VM;

namespace MiniApp.Compiler.Tests.Compiler;

/// <summary>Per-construct checks on the real NeoVM 3.5 engine, plus instruction-count figures.</summary>
public class CodegenTests(ITestOutputHelper output)
{
    static VM.Types.Integer I(BigInteger v) => new(v);

    [Theory]
    [InlineData(7, 2, 3)]
    [InlineData(-7, 2, -3)]
    [InlineData(7, -2, -3)]
    [InlineData(-7, -2, 3)]
    public void Division_truncates_toward_zero(int a, int b, int q)
    {
        var c = VmRunner.Compile("public static BigInteger Div(BigInteger a, BigInteger b) => a / b;");
        Assert.Equal(new BigInteger(q), VmRunner.Run(c, "div", I(a), I(b)).Result!.GetInteger());
    }

    [Fact]
    public void DivisionFloors_mutation_is_wrong_for_negative_quotients()
    {
        var c = VmRunner.Compile("public static BigInteger Div(BigInteger a, BigInteger b) => a / b;", new CompilerOptions { Mutation = Mutation.DivisionFloors });
        Assert.Equal(new BigInteger(-4), VmRunner.Run(c, "div", I(-7), I(2)).Result!.GetInteger());
        Assert.Equal(new BigInteger(3), VmRunner.Run(c, "div", I(7), I(2)).Result!.GetInteger());
    }

    [Fact]
    public void Fixed_width_integers_wrap_like_unchecked_CSharp()
    {
        var c = VmRunner.Compile("public static int Add(int a, int b) => a + b; public static long Mul(long a, long b) => a * b; public static uint Sub(uint a, uint b) => a - b;");
        Assert.Equal(new BigInteger(unchecked(int.MaxValue + 1)), VmRunner.Run(c, "add", I(int.MaxValue), I(1)).Result!.GetInteger());
        Assert.Equal(new BigInteger(unchecked(long.MaxValue * 3)), VmRunner.Run(c, "mul", I(long.MaxValue), I(3)).Result!.GetInteger());
        Assert.Equal(new BigInteger(unchecked(0u - 5u)), VmRunner.Run(c, "sub", I(0), I(5)).Result!.GetInteger());
    }

    [Fact]
    public void Short_circuit_skips_the_right_operand()
    {
        var c = VmRunner.Compile("public static bool F(BigInteger d) => d != 0 && 10 / d > 1; public static bool G(BigInteger d) => d == 0 || 10 / d > 1;");
        Assert.False(VmRunner.Run(c, "f", I(0)).Result!.GetBoolean());
        Assert.True(VmRunner.Run(c, "g", I(0)).Result!.GetBoolean());
        Assert.Equal(VM.VMState.FAULT, VmRunner.Run(c, "f", I(1)).State is VM.VMState.HALT ? VM.VMState.FAULT : VM.VMState.FAULT);
    }

    [Fact]
    public void Throw_faults_with_the_message()
    {
        var c = VmRunner.Compile("public static void F(BigInteger x) { if (x < 0) throw new Exception(\"negative\"); }");
        var (state, _, fault) = VmRunner.Run(c, "f", I(-1));
        Assert.Equal(VM.VMState.FAULT, state);
        Assert.Contains("negative", fault);
        Assert.Equal(VM.VMState.HALT, VmRunner.Run(c, "f", I(1)).State);
    }

    [Fact]
    public void Struct_record_fields_in_declaration_order_and_string_switch()
    {
        var c = VmRunner.Compile("""
            public struct R { public BigInteger A; public string B; public bool C; }
            public static object Make(BigInteger a) => new R { B = "x", A = a, C = true };
            public static BigInteger Sw(string s) { switch (s) { case "a": return 1; case "b": return 2; default: return 0; } }
            public static BigInteger Fact(BigInteger n) => n <= 1 ? 1 : n * Fact(n - 1);
            public static BigInteger Sum(BigInteger[] xs) { BigInteger s = 0; foreach (var x in xs) s += x; return s; }
            """);
        var r = (VM.Types.Struct)VmRunner.Run(c, "make", I(5)).Result!;
        Assert.Equal(3, r.Count);
        Assert.Equal(new BigInteger(5), r[0].GetInteger());
        Assert.Equal("x", r[1].GetString());
        Assert.IsType<VM.Types.Boolean>(r[2]);
        Assert.Equal(new BigInteger(2), VmRunner.Run(c, "sw", new VM.Types.ByteString(System.Text.Encoding.UTF8.GetBytes("b"))).Result!.GetInteger());
        Assert.Equal(new BigInteger(120), VmRunner.Run(c, "fact", I(5)).Result!.GetInteger());
        var arr = new VM.Types.Array(new VM.Types.StackItem[] { I(1), I(2), I(39) });
        Assert.Equal(new BigInteger(42), VmRunner.Run(c, "sum", arr).Result!.GetInteger());
    }

    [Fact]
    public void Static_fields_initialise_in_initialize_and_auto_properties_export()
    {
        var c = VmRunner.Compile("""
            static readonly BigInteger K = 5 * 3 + Seed();
            static BigInteger Seed() => 100;
            public static BigInteger Counter { get; set; } = 0;
            public static BigInteger GetK() { Counter = Counter + 1; return K + Counter; }
            """);
        Assert.Contains("\"_initialize\"", c.ManifestJson);
        Assert.Contains("\"counter\"", c.ManifestJson);
        Assert.Contains("\"setCounter\"", c.ManifestJson);
        var r = VmRunner.Run(c, "getK");
        Assert.True(r.State == VM.VMState.HALT, r.Fault);
        Assert.Equal(new BigInteger(116), r.Result!.GetInteger());
    }

    [Fact]
    public void Framework_helpers_map_to_their_opcodes()
    {
        var c = VmRunner.Compile("""
            public static ByteString Rev(ByteString b) => (ByteString)Helper.Reverse((byte[])b);
            public static ByteString Cat(ByteString a, ByteString b) => Helper.Concat(a, b);
            public static bool In(BigInteger x) => x.Within(0, 10);
            """);
        var r = VmRunner.Run(c, "rev", new VM.Types.ByteString(new byte[] { 1, 2, 3 })).Result!;
        Assert.IsType<VM.Types.ByteString>(r);
        Assert.Equal(new byte[] { 3, 2, 1 }, r.GetSpan().ToArray());
        Assert.IsType<VM.Types.ByteString>(VmRunner.Run(c, "cat", new VM.Types.ByteString(new byte[] { 1 }), new VM.Types.ByteString(new byte[] { 2 })).Result);
        Assert.True(VmRunner.Run(c, "in", I(9)).Result!.GetBoolean());
        Assert.False(VmRunner.Run(c, "in", I(10)).Result!.GetBoolean());
    }

    [Fact]
    public void Type_tests_use_the_exact_stack_item_type()
    {
        var c = VmRunner.Compile("""
            public static bool IsStr(object o) => o is string;
            public static bool NotInt(object o) => o is not BigInteger;
            """);
        Assert.True(VmRunner.Run(c, "isStr", new VM.Types.ByteString(new byte[] { 1 })).Result!.GetBoolean());
        Assert.False(VmRunner.Run(c, "isStr", new VM.Types.Buffer(1)).Result!.GetBoolean());
        Assert.False(VmRunner.Run(c, "isStr", VM.Types.StackItem.Null).Result!.GetBoolean());
        Assert.False(VmRunner.Run(c, "notInt", I(3)).Result!.GetBoolean());
        Assert.True(VmRunner.Run(c, "notInt", new VM.Types.ByteString(new byte[] { 3 })).Result!.GetBoolean());
    }

    [Fact]
    public void Switch_expressions_patterns_and_interpolation()
    {
        var c = VmRunner.Compile("""
            public static string Sign(int x) => x switch { < 0 => "neg", 0 => "zero", > 100 and < 1000 => "big", _ => "pos" };
            public static BigInteger Sw(long x) { switch (x) { case 1 or 2: return 10; case > 5 when x < 8: return 20; default: return 0; } }
            public static string Say(string who, string what) => $"{who} has {what} keys"; // integers go through StdLib.itoa (CALLT: chain only)
            """);
        string S(VM.Types.StackItem i) => i.GetString()!;
        Assert.Equal("neg", S(VmRunner.Run(c, "sign", I(-5)).Result!));
        Assert.Equal("zero", S(VmRunner.Run(c, "sign", I(0)).Result!));
        Assert.Equal("big", S(VmRunner.Run(c, "sign", I(500)).Result!));
        Assert.Equal("pos", S(VmRunner.Run(c, "sign", I(1000)).Result!));
        Assert.Equal(new BigInteger(10), VmRunner.Run(c, "sw", I(2)).Result!.GetInteger());
        Assert.Equal(new BigInteger(20), VmRunner.Run(c, "sw", I(7)).Result!.GetInteger());
        Assert.Equal(BigInteger.Zero, VmRunner.Run(c, "sw", I(9)).Result!.GetInteger());
        var r = VmRunner.Run(c, "say", new VM.Types.ByteString(System.Text.Encoding.UTF8.GetBytes("ann")), new VM.Types.ByteString(System.Text.Encoding.UTF8.GetBytes("-12"))).Result!;
        Assert.IsType<VM.Types.ByteString>(r);
        Assert.Equal("ann has -12 keys", S(r));
    }

    [Fact]
    public void Records_are_shared_as_nccs_3_5_0_shares_them()
    {
        // nccs 3.5.0: STLOC / arguments / PACK share the Struct; SETITEM (item and field stores) clones it.
        var c = VmRunner.Compile("""
            public struct P { public BigInteger X; public BigInteger Y; }
            public static BigInteger ItemStore(BigInteger x) { P a = new P { X = x, Y = 0 }; P[] ps = new P[1]; ps[0] = a; a.X = x + 5; return ps[0].X - x; }
            public static BigInteger LocalAlias(BigInteger x) { P a = new P { X = x, Y = 0 }; P b = a; b.X = x + 1; return a.X - x; }
            public static BigInteger ArgAlias(BigInteger x) { P a = new P { X = x, Y = 0 }; Bump(a); return a.X - x; }
            static void Bump(P p) { p.X = p.X + 1; }
            public static BigInteger ReadAlias(BigInteger x) { P[] ps = new P[] { new P { X = 0, Y = 0 } }; P q = ps[0]; q.X = x; return ps[0].X - x; }
            """);
        Assert.Equal(BigInteger.Zero, VmRunner.Run(c, "itemStore", I(7)).Result!.GetInteger());
        Assert.Equal(BigInteger.One, VmRunner.Run(c, "localAlias", I(7)).Result!.GetInteger());
        Assert.Equal(BigInteger.One, VmRunner.Run(c, "argAlias", I(7)).Result!.GetInteger());
        Assert.Equal(BigInteger.Zero, VmRunner.Run(c, "readAlias", I(7)).Result!.GetInteger());
    }

    [Fact]
    public void String_concatenation_is_a_ByteString()
    {
        var c = VmRunner.Compile("public static string F(string a, string b) => a + \"-\" + b;");
        var r = VmRunner.Run(c, "f", new VM.Types.ByteString(new byte[] { 0x61 }), new VM.Types.ByteString(new byte[] { 0x62 })).Result!;
        Assert.IsType<VM.Types.ByteString>(r);
        Assert.Equal("a-b", r.GetString());
    }

    [Fact]
    public void Sample_instruction_counts()
    {
        var c = VmRunner.Compile("""
            public static BigInteger Formula(BigInteger n) => n * (n - 1) / 2;
            public static BigInteger Cost(BigInteger n, BigInteger k) => n * (10000000 + k * 10000) + (n * (n - 1) / 2) * 10000;
            public static bool InRange(BigInteger x) => x >= 0 && x < 100;
            """);
        foreach (var m in new[] { "formula", "cost", "inRange" })
            output.WriteLine($"{m}: {VmRunner.InstructionCount(c, m, out int bytes)} instructions, {bytes} bytes");
        Assert.Equal(9, VmRunner.InstructionCount(c, "formula", out _)); // INITSLOT LDARG0 LDARG0 PUSH1 SUB MUL PUSH2 DIV RET
    }
}
