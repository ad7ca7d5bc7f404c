using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary><c>x is null</c> / <c>is not null</c> (ISNULL), <c>x is T</c> / <c>is not T</c> (ISTYPE, see
    /// StackItemTypeOf), and constant/relational/and/or/not patterns through EmitPatternBranch;
    /// declaration, property, var and list patterns are outside the subset.</summary>
    private void EmitIsPattern(IsPatternExpressionSyntax p)
    {
        EmitExpression(p.Expression);
        switch (p.Pattern)
        {
            case ConstantPatternSyntax { Expression: LiteralExpressionSyntax l } when l.IsKind(SyntaxKind.NullLiteralExpression):
                Emit(OpCode.ISNULL); return;
            case UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax l } } u
                when l.IsKind(SyntaxKind.NullLiteralExpression) && u.OperatorToken.IsKind(SyntaxKind.NotKeyword):
                Emit(OpCode.ISNULL); Emit(OpCode.NOT); return;
            case var tp when PatternType(tp) is { } t && StackItemTypeOf(t) is { } code:
                Emit(OpCode.ISTYPE, [code]); return;
            case UnaryPatternSyntax u when u.OperatorToken.IsKind(SyntaxKind.NotKeyword)
                && PatternType(u.Pattern) is { } t && StackItemTypeOf(t) is { } code:
                Emit(OpCode.ISTYPE, [code]); Emit(OpCode.NOT); return;
        }
        // Constant, relational, and/or/not patterns (`x is 0`, `b is false`, `n is >= 1 and <= 5`):
        // as nccs 3.5.0, constants compare with EQUAL (see Pattern.cs).
        if (p.Pattern.DescendantNodesAndSelf().Any(n => n is DeclarationPatternSyntax or RecursivePatternSyntax or VarPatternSyntax or ListPatternSyntax))
            throw CompileError.Unsupported(p, "pattern other than 'is null', 'is not null', 'is T', 'is not T', constants, relational, and/or/not");
        int slot = NewTemp();
        Slot(OpCode.STLOC, slot);
        Label fail = new(), end = new();
        EmitPatternBranch(p.Pattern, slot, TypeOf(p.Expression), fail);
        Push(true);
        Jump(OpCode.JMP, end);
        Mark(fail);
        Push(false);
        Mark(end);
    }

    /// <summary>The type a type pattern tests; `not T` parses T as a constant pattern bound to a type.</summary>
    private ITypeSymbol? PatternType(PatternSyntax p) => p switch
    {
        TypePatternSyntax tp => TypeOf(tp.Type),
        ConstantPatternSyntax cp => SymbolOf(cp.Expression) as ITypeSymbol,
        _ => null,
    };
}
