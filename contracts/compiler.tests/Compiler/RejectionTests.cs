using System.Linq;
using Xunit;

namespace MiniApp.Compiler.Tests.Compiler;

/// <summary>Every construct outside the subset is an error naming the construct, file and line.</summary>
public class RejectionTests
{
    [Theory]
    [InlineData("public static int F() { try { return 1; } catch { return 2; } }", "try/catch/finally")]
    [InlineData("public static string F(int x) => $\"{x:N2}\";", "alignment or format")]
    [InlineData("public static int F() { System.Func<int> f = () => 1; return f(); }", "lambda")]
    [InlineData("public static object F() => new C();\n} public class C { public int X; \n", "creation of class C")]
    [InlineData("public static double F(double d) => d * 2;", "operator * on double")]
    [InlineData("public static bool F(object o) => o is string s && s.Length > 0;", "pattern other than")]
    [InlineData("public static int F(object x) => x switch { int y => y, _ => 3 };", "pattern DeclarationPattern")]
    [InlineData("public static string F(string s) => s?.Substring(1);", "null-conditional")]
    [InlineData("public static (int, int) F() => (1, 2);", "tuple")]
    [InlineData("public static void F(ref int x) { x = 1; }", "ref/out")]
    [InlineData("public static int F() { int G() => 1; return G(); }", "local function")]
    [InlineData("public static string F(string s) => s.ToUpper();", "no NeoVM mapping")]
    [InlineData("public static int F() { goto L; L: return 1; }", "goto/label")]
    [InlineData("public static T F<T>(T x) => x; public static int G() => F(1);", "generic method")]
    [InlineData("public static object F(object o) => o as string;", "is/as type test")]
    [InlineData("public static string F(string s) { s ??= \"x\"; return s; }", "??=")]
    [InlineData("public static int F(int x) => checked(x + 1);", "CheckedExpression")]
    [InlineData("public static int F(int[] a) => a[^1];", "^ index from end")]
    [InlineData("public static int F(object x) { switch (x) { case int y: return y; default: return 0; } }", "pattern DeclarationPattern")]
    [InlineData("public static void F() { throw new Exception(\"a\", null); }", "exception constructor")]
    [InlineData("public delegate void E(byte[] data); [DisplayName(\"E\")] public static event E OnE;", "event parameter 'data' is byte[]")]
    [InlineData("public struct R { public byte[] Data; } public static object F() => new R();", "record field 'Data' is byte[]")]
    public void Rejected_construct_reports_name_and_line(string member, string expected)
    {
        var d = VmRunner.Refused(member);
        Assert.Contains(expected, d.Message);
        Assert.Equal("T.cs", d.File);
        Assert.Equal(3, d.Line);
        Assert.Matches(@"^T\.cs\(3,\d+\): error MC\d{4}: ", d.ToString());
    }
}
