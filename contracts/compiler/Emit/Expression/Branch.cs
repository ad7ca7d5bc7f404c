using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// Jumps to <paramref name="target"/> when <paramref name="cond"/> equals <paramref name="jumpIfTrue"/>,
    /// falls through otherwise. &&, || and ! become jumps; integer comparisons become JMPxx
    /// (== and != only between certain Integers, see IsIntegerItem; unless
    /// <see cref="ConditionJumps.Plain"/>: then the comparison's value and JMPIF/JMPIFNOT).
    /// </summary>
    private void EmitBranch(ExpressionSyntax cond, Label target, bool jumpIfTrue)
    {
        var constant = ModelFor(cond).GetConstantValue(cond);
        if (constant is { HasValue: true, Value: bool c })
        {
            if (c == jumpIfTrue) Jump(OpCode.JMP, target);
            return;
        }
        switch (cond)
        {
            case ParenthesizedExpressionSyntax p: EmitBranch(p.Expression, target, jumpIfTrue); return;
            case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.LogicalNotExpression) && IsPlainBool(u.Operand):
                EmitBranch(u.Operand, target, !jumpIfTrue); return;
            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalAndExpression):
                if (jumpIfTrue) { var skip = new Label(); EmitBranch(b.Left, skip, false); EmitBranch(b.Right, target, true); Mark(skip); }
                else { EmitBranch(b.Left, target, false); EmitBranch(b.Right, target, false); }
                return;
            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalOrExpression):
                if (jumpIfTrue) { EmitBranch(b.Left, target, true); EmitBranch(b.Right, target, true); }
                else { var skip = new Label(); EmitBranch(b.Left, skip, true); EmitBranch(b.Right, target, false); Mark(skip); }
                return;
            case BinaryExpressionSyntax b when contract.Options.ConditionJumps == ConditionJumps.Fused && CompareJump(b.Kind(), jumpIfTrue) is { } jmp
                && Interop.TypeMap.IsNumeric(TypeOf(b.Left)) && Interop.TypeMap.IsNumeric(TypeOf(b.Right))
                // == / != jump numerically only on certain Integers (else EQUAL, as nccs 3.5.0)
                && (b.Kind() is not (SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression) || IsIntegerItem(b.Left) && IsIntegerItem(b.Right))
                && SymbolOf(b) is not IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator, ContainingAssembly: ISourceAssemblySymbol }:
                EmitExpression(b.Left);
                EmitExpression(b.Right);
                Jump(jmp, target);
                return;
        }
        EmitExpression(cond);
        Jump(jumpIfTrue ? OpCode.JMPIF : OpCode.JMPIFNOT, target);
    }

    private bool IsPlainBool(ExpressionSyntax e) => TypeOf(e)?.SpecialType == SpecialType.System_Boolean;

    private static OpCode? CompareJump(SyntaxKind kind, bool jumpIfTrue) => (kind, jumpIfTrue) switch
    {
        (SyntaxKind.EqualsExpression, true) or (SyntaxKind.NotEqualsExpression, false) => OpCode.JMPEQ,
        (SyntaxKind.NotEqualsExpression, true) or (SyntaxKind.EqualsExpression, false) => OpCode.JMPNE,
        (SyntaxKind.LessThanExpression, true) or (SyntaxKind.GreaterThanOrEqualExpression, false) => OpCode.JMPLT,
        (SyntaxKind.GreaterThanOrEqualExpression, true) or (SyntaxKind.LessThanExpression, false) => OpCode.JMPGE,
        (SyntaxKind.GreaterThanExpression, true) or (SyntaxKind.LessThanOrEqualExpression, false) => OpCode.JMPGT,
        (SyntaxKind.LessThanOrEqualExpression, true) or (SyntaxKind.GreaterThanExpression, false) => OpCode.JMPLE,
        _ => null,
    };
}
