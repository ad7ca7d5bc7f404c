using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// Casts: framework conversion operators emit their mapping ((BigInteger)ByteString,
    /// (ByteString)byte[], …); reference casts, boxing/unboxing and widening numeric casts are free;
    /// narrowing to a fixed-width integer wraps (unchecked C#, as nccs 3.5.0).
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
                if (Interop.TypeMap.Range(target) is { } r && !(Interop.TypeMap.Range(source) is { } s && s.Min >= r.Min && s.Max <= r.Max)) Wrap(target, c);
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
        if (conversion.IsIdentity || conversion.IsReference || conversion.IsBoxing || conversion.IsUnboxing || conversion.IsEnumeration || conversion.IsNullable)
            return;
        throw CompileError.Unsupported(c, $"cast from {source} to {target}");
    }
}
