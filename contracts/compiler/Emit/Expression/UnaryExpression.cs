using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    private void EmitPrefixUnary(PrefixUnaryExpressionSyntax u, bool needValue)
    {
        switch (u.Kind())
        {
            case SyntaxKind.PreIncrementExpression: EmitIncrement(u.Operand, OpCode.INC, prefix: true, needValue); return;
            case SyntaxKind.PreDecrementExpression: EmitIncrement(u.Operand, OpCode.DEC, prefix: true, needValue); return;
            case SyntaxKind.UnaryPlusExpression: EmitExpression(u.Operand); return;
            // As nccs 3.5.0: no wrap (-int.MinValue is 2^31).
            case SyntaxKind.UnaryMinusExpression: EmitExpression(u.Operand); Emit(OpCode.NEGATE); return;
            case SyntaxKind.LogicalNotExpression: EmitExpression(u.Operand); Emit(OpCode.NOT); return;
            case SyntaxKind.BitwiseNotExpression when Interop.TypeMap.Range(TypeOf(u)) is { Min.IsZero: true }:
                throw CompileError.Nccs(u, $"nccs 3.5.0 compiles ~ on {TypeOf(u)} to INVERT, a negative number (C# gives 2^bits-1-x)", "write (MaxValue - x)");
            case SyntaxKind.BitwiseNotExpression: EmitExpression(u.Operand); Emit(OpCode.INVERT); return; // signed: always in range
        }
        throw CompileError.Unsupported(u, $"unary operator {u.OperatorToken.Text}");
    }

    private void EmitPostfixUnary(PostfixUnaryExpressionSyntax u, bool needValue)
    {
        switch (u.Kind())
        {
            case SyntaxKind.PostIncrementExpression: EmitIncrement(u.Operand, OpCode.INC, prefix: false, needValue); return;
            case SyntaxKind.PostDecrementExpression: EmitIncrement(u.Operand, OpCode.DEC, prefix: false, needValue); return;
            case SyntaxKind.SuppressNullableWarningExpression: EmitExpression(u.Operand); if (!needValue) Emit(OpCode.DROP); return;
        }
        throw CompileError.Unsupported(u, $"postfix operator {u.OperatorToken.Text}");
    }

    /// <summary>++/-- on any assignable target: load, INC/DEC, store. As nccs 3.5.0, fixed-width
    /// types do not wrap here (<c>int.MaxValue</c> + 1 by ++ is 2^31).</summary>
    private void EmitIncrement(ExpressionSyntax target, OpCode op, bool prefix, bool needValue)
    {
        var type = TypeOf(target);
        if (!Interop.TypeMap.IsNumeric(type)) throw CompileError.Unsupported(target, $"++/-- on {type}");
        var lv = ResolveLValue(target);
        lv.PushRefs();
        DupRefs(lv.Refs);
        lv.Load();
        int tmp = -1;
        if (needValue && !prefix) { if (lv.Refs == 0) Emit(OpCode.DUP); else { tmp = NewTemp(); Emit(OpCode.DUP); Slot(OpCode.STLOC, tmp); } }
        Emit(op);
        if (needValue && prefix) { Emit(OpCode.DUP); if (lv.Refs > 0) { tmp = NewTemp(); Slot(OpCode.STLOC, tmp); } }
        lv.Store();
        if (tmp >= 0) Slot(OpCode.LDLOC, tmp);
    }
}
