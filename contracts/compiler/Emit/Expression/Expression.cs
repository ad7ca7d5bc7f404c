using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>Pushes the value of <paramref name="e"/> (exactly one stack item). A record is never
    /// copied here: as nccs 3.5.0, a local assignment, an argument, a return value or an array
    /// initializer shares the Struct (<c>R b = a; b.X = 1;</c> changes <c>a</c>); only SETITEM and
    /// APPEND (field, item, List stores, record initializers) clone it, in NeoVM itself.</summary>
    private void EmitExpression(ExpressionSyntax e) => EmitValue(e);

    /// <summary>Receivers of a field or item access (the same as <see cref="EmitExpression"/>).</summary>
    private void EmitReceiverValue(ExpressionSyntax e) => EmitValue(e);

    private void EmitValue(ExpressionSyntax e)
    {
        var constant = ModelFor(e).GetConstantValue(e);
        if (constant.HasValue) { PushConstant(constant.Value, e); return; }
        switch (e)
        {
            case ParenthesizedExpressionSyntax p: EmitValue(p.Expression); return;
            case LiteralExpressionSyntax l: EmitLiteral(l); break;
            case IdentifierNameSyntax or MemberAccessExpressionSyntax: EmitNameAccess(e); break;
            case BinaryExpressionSyntax b: EmitBinary(b); break;
            case PrefixUnaryExpressionSyntax u: EmitPrefixUnary(u, needValue: true); break;
            case PostfixUnaryExpressionSyntax u: EmitPostfixUnary(u, needValue: true); break;
            case AssignmentExpressionSyntax a: EmitAssignment(a, needValue: true); break;
            case InvocationExpressionSyntax i: EmitInvocation(i, needValue: true); break;
            case ConditionalExpressionSyntax c: EmitConditional(c); break;
            case CastExpressionSyntax c: EmitCast(c); break;
            case BaseObjectCreationExpressionSyntax o: EmitObjectCreation(o); break;
            case ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or InitializerExpressionSyntax: EmitArrayCreation(e); break;
            case ElementAccessExpressionSyntax ea: EmitElementAccess(ea); break;
            case IsPatternExpressionSyntax ip: EmitIsPattern(ip); break;
            case DefaultExpressionSyntax: PushDefault(TypeOf(e), e); break;
            case ThrowExpressionSyntax t: EmitThrow(t.Expression, t); return;
            case InterpolatedStringExpressionSyntax i: EmitInterpolatedString(i); break;
            case LambdaExpressionSyntax or AnonymousMethodExpressionSyntax: throw CompileError.Unsupported(e, "lambda / delegate");
            case TupleExpressionSyntax: throw CompileError.Unsupported(e, "tuple");
            case CollectionExpressionSyntax: throw CompileError.Unsupported(e, "collection expression");
            case SwitchExpressionSyntax sw: EmitSwitchExpression(sw); break;
            case ConditionalAccessExpressionSyntax: throw CompileError.Unsupported(e, "null-conditional ?.");
            case ThisExpressionSyntax or BaseExpressionSyntax: throw CompileError.Unsupported(e, "instance member (contracts are static)");
            default: throw CompileError.Unsupported(e, e.Kind().ToString());
        }
        EmitImplicitConversion(e);
    }

    /// <summary>Evaluates for side effects only: no value is left on the stack.</summary>
    private void EmitDiscarded(ExpressionSyntax e)
    {
        switch (e)
        {
            case AssignmentExpressionSyntax a: EmitAssignment(a, needValue: false); return;
            case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.PreIncrementExpression) || u.IsKind(SyntaxKind.PreDecrementExpression):
                EmitPrefixUnary(u, needValue: false); return;
            case PostfixUnaryExpressionSyntax u: EmitPostfixUnary(u, needValue: false); return;
            case InvocationExpressionSyntax i: EmitInvocation(i, needValue: false); return;
            case ParenthesizedExpressionSyntax p: EmitDiscarded(p.Expression); return;
        }
        EmitExpression(e);
        Emit(OpCode.DROP);
    }

    /// <summary>User-defined implicit conversions of the framework (e.g. string ↔ ByteString) are
    /// NOPs; any other implicit user conversion must carry [OpCode]/[Syscall] mappings.</summary>
    private void EmitImplicitConversion(ExpressionSyntax e)
    {
        var conversion = ModelFor(e).GetConversion(e);
        if (!conversion.IsUserDefined || conversion.MethodSymbol is not { } op) return;
        if (!Interop.TypeMap.IsFramework(op)) return; // BCL: BigInteger implicit from int etc. are value-preserving
        EmitFrameworkBody(op, e);
    }

    private void PushConstant(object? value, SyntaxNode node)
    {
        switch (value)
        {
            case null: Emit(OpCode.PUSHNULL); break;
            case bool b: Push(b); break;
            case string s: Push(s); break;
            case char c: Push(c); break;
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                Push(BigInteger.Parse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!)); break;
            case float or double or decimal: throw CompileError.Unsupported(node, "floating point");
            default: throw CompileError.Unsupported(node, $"constant of type {value.GetType().Name}");
        }
    }

    private void EmitLiteral(LiteralExpressionSyntax l)
    {
        if (l.IsKind(SyntaxKind.NullLiteralExpression) || l.IsKind(SyntaxKind.DefaultLiteralExpression)) { PushDefault(ConvertedTypeOf(l), l); return; }
        throw CompileError.Unsupported(l, "literal");
    }

    /// <summary>default(T): 0 for integers, false for bool, null for references.
    /// <paramref name="recordField"/>: an unassigned record field gets nccs 3.5.0's default: Integer 0
    /// for integers and bools (spec §3 rule 2), null for everything else (strings, arrays, records).
    /// <c>default</c> of a record is refused: nccs 3.5.0 cannot compile it.</summary>
    private void PushDefault(ITypeSymbol? type, SyntaxNode node, bool recordField = false)
    {
        if (type is null || type.IsReferenceType || type.TypeKind == TypeKind.TypeParameter) { Emit(OpCode.PUSHNULL); return; }
        if (Interop.TypeMap.IsNumeric(type)) { Emit(OpCode.PUSH0); return; }
        if (type.SpecialType == SpecialType.System_Boolean) { Emit(recordField ? OpCode.PUSH0 : OpCode.PUSHF); return; }
        if (type.TypeKind == TypeKind.Struct && !Interop.TypeMap.IsFramework(type) && type.ContainingNamespace?.ToDisplayString() != "System")
        {
            if (recordField) { Emit(OpCode.PUSHNULL); return; }
            throw CompileError.Nccs(node, $"nccs 3.5.0 cannot compile default of the record {type.Name}", $"write new {type.Name} {{ … }} with every field");
        }
        throw new CompileError(node.GetLocation(), Codes.UnsupportedType, $"unsupported type: default of {type}");
    }
}
