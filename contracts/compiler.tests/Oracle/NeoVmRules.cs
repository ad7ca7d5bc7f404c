using System.Numerics;
using System.Reflection;
using System.Text;

namespace MiniApp.Compiler.Tests.Oracle;

/// <summary>
/// Where C# and NeoVM (or nccs 3.5.0's compilation, issue #13) differ by design, that rule is the
/// expectation, not the CLR's answer:
/// <list type="bullet">
/// <item><c>new BigInteger(byte[])</c> of more than 32 bytes FAULTs (CONVERT checks the length, not the value).</item>
/// <item>nccs 3.5.0 shares Structs on assignment and in array initializers (C# copies); <c>new R[n]</c> holds nulls.</item>
/// <item>nccs 3.5.0 does not wrap unary minus, ++/--, compound assignment or division of fixed-width integers.</item>
/// <item><c>string.Length</c> is the UTF-8 byte count on NeoVM (SIZE of a ByteString), UTF-16 code units in C#.</item>
/// <item>Shift counts: NeoVM SHL/SHR FAULT for a count below 0 or above 256; C# shifts the other way or further.</item>
/// <item>An intermediate outside 32 bytes FAULTs even when the CLR's final answer fits: <c>-2^255 / -1</c> in a comparison.</item>
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
        "OracleLogic.SafeRatioAbove" when (BigInteger)args[1]! != 0 && !ClrOracle.FitsNeoVm((BigInteger)args[0]! / (BigInteger)args[1]!) =>
            new Expected.Fault($"intermediate {args[0]} / {args[1]} needs more than 32 bytes"),
        "OracleStrings.IntToBytes" when (BigInteger)args[0]! == 0 => new Expected.Value(System.Array.Empty<byte>()),
        "OracleStrings.BytesToInt" when ((byte[])args[0]!).Length > 32 => new Expected.Fault("CONVERT to Integer of more than 32 bytes (even when the value would fit)"),
        "OracleStructCopy.CopyIsValue" => new Expected.Value(((BigInteger)args[0]! + 1) * 10),
        "OracleStructCopy.CopyIntoArray" => new Expected.Value(new BigInteger(5)),
        "OracleStructArrays.DefaultElement" => new Expected.Fault("nccs 3.5.0: new R[n] holds nulls, PICKITEM on null FAULTs"),
        "OracleFixedWidth.IntNeg" => new Expected.Value(-(BigInteger)(int)args[0]!),
        "OracleFixedWidth.ByteInc" => new Expected.Value((BigInteger)(byte)args[0]! + 1),
        "OracleFixedWidth.IntCompound" => new Expected.Value(((BigInteger)(int)args[0]! + int.MaxValue) * 3 + 1),
        "OracleCasts.LongDiv" when (long)args[0]! == long.MinValue && (long)args[1]! == -1 => new Expected.Value(BigInteger.Pow(2, 63)),
        "OracleCasts.IntDiv" when (int)args[0]! == int.MinValue && (int)args[1]! == -1 => new Expected.Value(BigInteger.Pow(2, 31)),
        _ => null,
    };
}
