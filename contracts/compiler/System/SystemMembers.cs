using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

/// <summary>
/// .NET (BCL) members that have a NeoVM equivalent: BigInteger, string, Math, arrays. The table is
/// keyed by "Type.Member/arity"; each entry pushes receiver + arguments in order, then emits.
/// Anything else from the BCL is a compile error (never a silent miscompile).
/// </summary>
public sealed partial class MethodEmitter
{
    private void EmitSystemMember(IMethodSymbol m, ExpressionSyntax? receiver, List<Action> arguments, SyntaxNode node)
    {
        string type = m.ContainingType.SpecialType == SpecialType.System_String ? "string"
            : m.ContainingType.SpecialType == SpecialType.System_Array || m.ContainingType.TypeKind == TypeKind.Array ? "Array"
            : m.ContainingType.Name;
        string name = m.AssociatedSymbol?.Name ?? m.Name;
        string key = $"{type}.{name}/{m.Parameters.Length}";
        if (m.MethodKind == MethodKind.PropertyGet) key = $"{type}.{name}";
        if (!m.IsStatic && m.MethodKind != MethodKind.Constructor) EmitReceiver(receiver, node);
        void Args() { foreach (var a in arguments) a(); }
        switch (key)
        {
            case "BigInteger.Zero": Emit(OpCode.PUSH0); return;
            case "BigInteger.One": Emit(OpCode.PUSH1); return;
            case "BigInteger.MinusOne": Emit(OpCode.PUSHM1); return;
            case "BigInteger.IsZero": Emit(OpCode.PUSH0); Emit(OpCode.NUMEQUAL); return;
            case "BigInteger.IsOne": Emit(OpCode.PUSH1); Emit(OpCode.NUMEQUAL); return;
            case "BigInteger.IsEven": Emit(OpCode.PUSH1); Emit(OpCode.AND); Emit(OpCode.PUSH0); Emit(OpCode.NUMEQUAL); return;
            case "BigInteger.Sign": Emit(OpCode.SIGN); return;
            case "BigInteger.Abs/1" or "Math.Abs/1": Args(); Emit(OpCode.ABS); return;
            case "BigInteger.Negate/1": Args(); Emit(OpCode.NEGATE); return;
            case "BigInteger.Min/2" or "Math.Min/2": Args(); Emit(OpCode.MIN); return;
            case "BigInteger.Max/2" or "Math.Max/2": Args(); Emit(OpCode.MAX); return;
            case "BigInteger.Pow/2": Args(); Emit(OpCode.POW); return;
            case "BigInteger.ModPow/3": Args(); Emit(OpCode.MODPOW); return;
            case "BigInteger.Add/2": Args(); Emit(OpCode.ADD); return;
            case "BigInteger.Subtract/2": Args(); Emit(OpCode.SUB); return;
            case "BigInteger.Multiply/2": Args(); Emit(OpCode.MUL); return;
            case "BigInteger.Divide/2": Args(); EmitDivide(); return;
            case "BigInteger.Remainder/2": Args(); Emit(OpCode.MOD); return;
            case "BigInteger.Equals/1": Args(); Emit(OpCode.NUMEQUAL); return;
            // A Buffer (0x30), as nccs 3.5.0: convert to ByteString before storing or emitting it.
            case "BigInteger.ToByteArray/0": Emit(OpCode.CONVERT, [0x30]); return;
            case "BigInteger.ToString/0" or "Int32.ToString/0" or "Int64.ToString/0" or "UInt32.ToString/0" or "UInt64.ToString/0":
                contract.EmitNativeCall(this, Interop.Natives.StdLib, "itoa", 1, true); return;
            case "BigInteger..ctor/1" when m.Parameters[0].Type is IArrayTypeSymbol: Args(); Emit(OpCode.CONVERT, [0x21]); return;
            case "string.Length": Emit(OpCode.SIZE); return; // UTF-8 byte count on NeoVM (differs from C# by design)
            case "Array.Length": Emit(OpCode.SIZE); return;
            // A Buffer, exactly as nccs 3.5.0 (see BufferStrings.cs: comparing it with a string is refused).
            case "string.Substring/2": Args(); Emit(OpCode.SUBSTR); return;
            case "string.Substring/1":
                // s i → s i (size(s) - i) → SUBSTR
                Args(); Emit(OpCode.OVER); Emit(OpCode.SIZE); Emit(OpCode.OVER); Emit(OpCode.SUB); Emit(OpCode.SUBSTR); return;
            // a.Equals(b) is EQUAL for strings and any object (UInt160, ByteString, …), as nccs 3.5.0.
            case "string.Equals/1" or "Object.Equals/1":
                if (node is InvocationExpressionSyntax inv) RefuseBufferComparison(node, [receiver, .. inv.ArgumentList.Arguments.Select(a => a.Expression)]);
                Args(); Emit(OpCode.EQUAL); return;
            case "string.IsNullOrEmpty/1":
                {
                    var isNull = new Label(); var end = new Label();
                    Args();
                    Synthesised("body of string.IsNullOrEmpty", () => { Emit(OpCode.DUP); Emit(OpCode.ISNULL); Jump(OpCode.JMPIF, isNull); });
                    Emit(OpCode.SIZE); Emit(OpCode.PUSH0); Emit(OpCode.NUMEQUAL); Jump(OpCode.JMP, end);
                    Mark(isNull); Emit(OpCode.DROP); Emit(OpCode.PUSHT);
                    Mark(end);
                    return;
                }
        }
        throw new CompileError(node.GetLocation(), Codes.UnknownMember, $"no NeoVM mapping for {m.ToDisplayString()}");
    }
}
