using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary><c>var x = e;</c> → e; STLOC. <c>const</c> locals are folded where used (no slot).</summary>
    private void EmitLocalDeclaration(LocalDeclarationStatementSyntax d)
    {
        if (d.IsConst) return;
        if (d.UsingKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.UsingKeyword)) throw CompileError.Unsupported(d, "using declaration");
        foreach (var v in d.Declaration.Variables)
        {
            var local = (ILocalSymbol)ModelFor(v).GetDeclaredSymbol(v)!;
            int slot = DeclareLocal(local);
            if (v.Initializer is null) continue;
            EmitExpression(v.Initializer.Value);
            Slot(OpCode.STLOC, slot);
        }
    }
}
