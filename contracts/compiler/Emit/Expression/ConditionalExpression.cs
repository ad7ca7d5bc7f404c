using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>c ? a : b with the condition compiled as a branch.</summary>
    private void EmitConditional(ConditionalExpressionSyntax c)
    {
        Label otherwise = new(), end = new();
        EmitBranch(c.Condition, otherwise, jumpIfTrue: false);
        EmitExpression(c.WhenTrue);
        Jump(OpCode.JMP, end);
        Mark(otherwise);
        EmitExpression(c.WhenFalse);
        Mark(end);
    }
}
