using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// <c>v switch { p => e, … }</c>: arms tested in order (see EmitPatternBranch), <c>when</c> clauses
    /// included. No arm matching THROWs the value, as nccs 3.5.0 (C# throws SwitchExpressionException).
    /// </summary>
    private void EmitSwitchExpression(SwitchExpressionSyntax s)
    {
        var type = TypeOf(s.GoverningExpression);
        RefuseBufferComparison(s.GoverningExpression, s.GoverningExpression);
        int value = NewTemp();
        EmitExpression(s.GoverningExpression);
        Slot(OpCode.STLOC, value);
        var end = new Label();
        foreach (var arm in s.Arms)
        {
            var next = new Label();
            EmitPatternBranch(arm.Pattern, value, type, next);
            if (arm.WhenClause is not null) EmitBranch(arm.WhenClause.Condition, next, jumpIfTrue: false);
            EmitExpression(arm.Expression);
            Jump(OpCode.JMP, end);
            Mark(next);
        }
        Slot(OpCode.LDLOC, value);
        Emit(OpCode.THROW);
        Mark(end);
    }
}
