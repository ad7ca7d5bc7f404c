using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// Casts, as nccs 3.5.0: framework conversion operators emit their mapping ((BigInteger)ByteString,
    /// (ByteString)byte[], …); reference casts, boxing/unboxing and widening numeric casts are free,
    /// except ByteString → UInt160/UInt256/ECPoint, which checks the length (20/32/33, null passes);
    /// narrowing between fixed-width integers wraps (unchecked C#); BigInteger → fixed width THROWs
    /// outside the range (as checked C#).
    /// </summary>
    private void EmitCast(CastExpressionSyntax c)
    {
        // The cast's own conversion (GetConversion(c) would give the identity conversion of its result).
        var conversion = ModelFor(c).GetOperation(c) is Microsoft.CodeAnalysis.Operations.IConversionOperation op0
            ? Microsoft.CodeAnalysis.CSharp.CSharpExtensions.GetConversion(op0)
            : ModelFor(c).ClassifyConversion(c.Expression, TypeOf(c)!, isExplicitInSource: true);
        var target = TypeOf(c);
        var source = TypeOf(c.Expression);
        EmitExpression(c.Expression);
        if (conversion.IsUserDefined && conversion.MethodSymbol is { } op)
        {
            if (Interop.TypeMap.IsFramework(op)) { EmitFrameworkBody(op, c); return; }
            // BCL BigInteger ↔ integer conversions: values are already Integers.
            if (Interop.TypeMap.IsNumeric(op.ReturnType) && Interop.TypeMap.IsNumeric(op.Parameters[0].Type))
            {
                // (int)aBigInteger etc.: as nccs 3.5.0 (and checked C#), a value outside the range THROWs it
                // ("An unhandled exception was thrown."); nccs does not wrap here.
                if (Interop.TypeMap.Range(target) is { } r && Interop.TypeMap.Range(source) is null) EmitRangeCheck(r.Min, r.Max + 1);
                return;
            }
            throw new CompileError(c.GetLocation(), Codes.UnknownMember, $"no NeoVM mapping for conversion {op.ToDisplayString()}");
        }
        if (conversion.IsNumeric)
        {
            if (!Interop.TypeMap.IsNumeric(source) || !Interop.TypeMap.IsNumeric(target)) throw CompileError.Unsupported(c, $"cast from {source} to {target}");
            if (Interop.TypeMap.Range(target) is { } r && !(Interop.TypeMap.Range(source) is { } s && s.Min >= r.Min && s.Max <= r.Max)) Wrap(target, c);
            return;
        }
        if (conversion.IsReference && source?.Name == "ByteString" && target?.Name is "UInt160" or "UInt256" or "ECPoint")
        {
            // As nccs 3.5.0: null passes, a ByteString of another length THROWs itself.
            var end = new Assembler.Label();
            Synthesised($"({target.Name}) conversion of a ByteString", () =>
            {
                Emit(OpCode.DUP); Emit(OpCode.ISNULL); Jump(OpCode.JMPIF, end);
                Emit(OpCode.DUP); Emit(OpCode.SIZE); Push(target.Name switch { "UInt160" => 20, "UInt256" => 32, _ => 33 }); Jump(OpCode.JMPEQ, end);
            });
            Emit(OpCode.THROW);
            Mark(end);
            return;
        }
        if (conversion.IsIdentity || conversion.IsReference || conversion.IsBoxing || conversion.IsUnboxing || conversion.IsEnumeration || conversion.IsNullable)
            return;
        throw CompileError.Unsupported(c, $"cast from {source} to {target}");
    }

    /// <summary>x → x, or THROW x unless min ≤ x &lt; maxExclusive (nccs 3.5.0's BigInteger → int check); its jump is synthetic.</summary>
    private void EmitRangeCheck(System.Numerics.BigInteger min, System.Numerics.BigInteger maxExclusive)
    {
        var end = new Assembler.Label();
        Synthesised("range check of a narrowing conversion", () => { Emit(OpCode.DUP); Push(min); Push(maxExclusive); Emit(OpCode.WITHIN); Jump(OpCode.JMPIF, end); });
        Emit(OpCode.THROW);
        Mark(end);
    }
}
