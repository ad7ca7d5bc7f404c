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
            if (v.Initializer is null) { RefuseFieldwiseRecordInit(local, v); continue; }
            EmitExpression(v.Initializer.Value);
            Slot(OpCode.STLOC, slot);
        }
    }

    /// <summary><c>R a; a.X = 1;</c> is valid C# (a struct assigned field by field) but under nccs
    /// 3.5.0 the local is null until a whole record is assigned, so the field store FAULTs. Refused
    /// when a field store on the local comes (in source order) before any whole assignment.</summary>
    private void RefuseFieldwiseRecordInit(ILocalSymbol local, VariableDeclaratorSyntax v)
    {
        if (local.Type is not INamedTypeSymbol { TypeKind: TypeKind.Struct } t || t.ContainingAssembly is not ISourceAssemblySymbol) return;
        var body = v.Ancestors().FirstOrDefault(a => a is BlockSyntax && a.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax) ?? v.Parent!;
        foreach (var a in body.DescendantNodes().OfType<AssignmentExpressionSyntax>().Where(a => a.SpanStart > v.SpanStart).OrderBy(a => a.SpanStart))
        {
            if (a.Left is IdentifierNameSyntax id && SymbolEqualityComparer.Default.Equals(SymbolOf(id), local)) return;
            if (a.Left is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax r } && SymbolEqualityComparer.Default.Equals(SymbolOf(r), local))
                throw CompileError.Nccs(a, $"nccs 3.5.0 leaves the record local '{local.Name}' null until a whole {t.Name} is assigned, so this field store FAULTs",
                    $"declare it as {t.Name} {local.Name} = new {t.Name} {{ … }}");
        }
    }
}
