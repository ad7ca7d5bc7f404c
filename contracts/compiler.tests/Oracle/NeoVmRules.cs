using System.Numerics;
using System.Reflection;
using System.Text;

namespace MiniApp.Compiler.Tests.Oracle;

/// <summary>
/// Where C# and NeoVM differ by design, the NeoVM rule is the expectation (not the CLR's answer):
/// <list type="bullet">
/// <item><c>string.Length</c> is the UTF-8 byte count on NeoVM (SIZE of a ByteString), UTF-16 code units in C#.</item>
/// <item>Shift counts: NeoVM SHL/SHR FAULT for a count below 0 or above 256; C# shifts the other way or further.</item>
/// <item><c>BigInteger.ToByteArray()</c> of 0 is the empty byte string on NeoVM (CONVERT), one zero byte in C#.</item>
/// </list>
/// </summary>
public static class NeoVmRules
{
    public static Expected? For(MethodInfo method, object?[] args) => $"{method.DeclaringType!.Name}.{method.Name}" switch
    {
        "OracleStrings.StrLength" => new Expected.Value((BigInteger)Encoding.UTF8.GetByteCount((string)args[0]!)),
        "OracleLogic.LengthOrMinusOne" => new Expected.Value(args[0] is string s ? (BigInteger)Encoding.UTF8.GetByteCount(s) : BigInteger.MinusOne),
        "OracleArithmetic.Shl" or "OracleArithmetic.Shr" when (int)args[1]! is < 0 or > 256 =>
            new Expected.Fault($"shift count {args[1]} outside NeoVM's [0, 256]"),
        "OracleStrings.IntToBytes" when (BigInteger)args[0]! == 0 => new Expected.Value(System.Array.Empty<byte>()),
        _ => null,
    };
}
