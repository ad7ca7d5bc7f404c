using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>The condition jumps straight to the else part (no Boolean is materialised).</summary>
    private void EmitIf(IfStatementSyntax s)
    {
        var elseLabel = new Label();
        EmitBranch(s.Condition, elseLabel, jumpIfTrue: false);
        EmitStatement(s.Statement);
        if (s.Else is null) { Mark(elseLabel); return; }
        var end = new Label();
        if (!EndsWithJump()) Jump(OpCode.JMP, end);
        Mark(elseLabel);
        EmitStatement(s.Else.Statement);
        Mark(end);
    }

    /// <summary>True when the last emitted instruction never falls through (no JMP needed after it).</summary>
    private bool EndsWithJump() => pendingLabels.Count == 0 && code.Count > 0
        && code[^1].OpCode is OpCode.RET or OpCode.THROW or OpCode.ABORT or OpCode.JMP or OpCode.JMP_L;
}
