using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>Dispatch on statement kind; anything not listed is outside the subset.</summary>
    private void EmitStatement(StatementSyntax s)
    {
        if (s is not BlockSyntax) MarkSource(s);
        switch (s)
        {
            case BlockSyntax b: foreach (var inner in b.Statements) EmitStatement(inner); break;
            case EmptyStatementSyntax: break;
            case LocalDeclarationStatementSyntax d: EmitLocalDeclaration(d); break;
            case ExpressionStatementSyntax e: EmitDiscarded(e.Expression); break;
            case IfStatementSyntax i: EmitIf(i); break;
            case WhileStatementSyntax w: EmitWhile(w); break;
            case DoStatementSyntax d: EmitDo(d); break;
            case ForStatementSyntax f: EmitFor(f); break;
            case ForEachStatementSyntax f: EmitForEach(f); break;
            case SwitchStatementSyntax sw: EmitSwitch(sw); break;
            case BreakStatementSyntax br: EmitBreak(br); break;
            case ContinueStatementSyntax c: EmitContinue(c); break;
            case ReturnStatementSyntax r: EmitReturn(r); break;
            case ThrowStatementSyntax t: EmitThrow(t.Expression, t); break;
            case TryStatementSyntax: throw CompileError.Unsupported(s, "try/catch/finally");
            case LocalFunctionStatementSyntax: throw CompileError.Unsupported(s, "local function");
            case GotoStatementSyntax or LabeledStatementSyntax: throw CompileError.Unsupported(s, "goto/label");
            case CheckedStatementSyntax: throw CompileError.Unsupported(s, "checked/unchecked block");
            default: throw CompileError.Unsupported(s, s.Kind().ToString());
        }
    }
}
