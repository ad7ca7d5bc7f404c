using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>Only <c>x is null</c> and <c>x is not null</c> (ISNULL); other patterns are outside the subset.</summary>
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
        }
        throw CompileError.Unsupported(p, "pattern other than 'is null' / 'is not null'");
    }
}
