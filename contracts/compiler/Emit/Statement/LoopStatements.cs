using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    // Loops put the condition after the body (entered by one JMP), so each iteration costs a
    // single conditional jump instead of a conditional jump plus a JMP back.

    private void EmitWhile(WhileStatementSyntax s)
    {
        Label body = new(), cond = new(), end = new();
        Jump(OpCode.JMP, cond);
        Mark(body);
        loops.Push((end, cond));
        EmitStatement(s.Statement);
        loops.Pop();
        Mark(cond);
        EmitBranch(s.Condition, body, jumpIfTrue: true);
        Mark(end);
    }

    private void EmitDo(DoStatementSyntax s)
    {
        Label body = new(), cond = new(), end = new();
        Mark(body);
        loops.Push((end, cond));
        EmitStatement(s.Statement);
        loops.Pop();
        Mark(cond);
        EmitBranch(s.Condition, body, jumpIfTrue: true);
        Mark(end);
    }

    private void EmitFor(ForStatementSyntax s)
    {
        if (s.Declaration is not null) EmitLocalDeclaration(s.Declaration);
        foreach (var init in s.Initializers) EmitDiscarded(init);
        Label body = new(), next = new(), cond = new(), end = new();
        Jump(OpCode.JMP, cond);
        Mark(body);
        loops.Push((end, next));
        EmitStatement(s.Statement);
        loops.Pop();
        Mark(next);
        foreach (var inc in s.Incrementors) { MarkSource(inc); EmitDiscarded(inc); }
        Mark(cond);
        if (s.Condition is null) Jump(OpCode.JMP, body);
        else EmitBranch(s.Condition, body, jumpIfTrue: true);
        Mark(end);
    }

    private void EmitLocalDeclaration(VariableDeclarationSyntax d)
    {
        foreach (var v in d.Variables)
        {
            var local = (Microsoft.CodeAnalysis.ILocalSymbol)ModelFor(v).GetDeclaredSymbol(v)!;
            int slot = DeclareLocal(local);
            if (v.Initializer is null) continue;
            EmitExpression(v.Initializer.Value);
            Slot(OpCode.STLOC, slot);
        }
    }

    private void EmitBreak(BreakStatementSyntax s)
    {
        if (loops.Count == 0) throw CompileError.Unsupported(s, "break outside a loop or switch");
        Jump(OpCode.JMP, loops.Peek().Break);
    }

    private void EmitContinue(ContinueStatementSyntax s)
    {
        var target = loops.FirstOrDefault(l => l.Continue is not null).Continue
            ?? throw CompileError.Unsupported(s, "continue outside a loop");
        Jump(OpCode.JMP, target);
    }
}
