using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;

namespace MiniApp.Compiler.Emit;

/// <summary>
/// <c>string.Substring</c> leaves a Buffer (SUBSTR), exactly as nccs 3.5.0 compiles it. A Buffer is
/// never EQUAL to a ByteString, so under nccs <c>s.Substring(0, 3) == "abc"</c> is false and a
/// <c>switch</c> on it never reaches a string case, where C# compares the text. Those comparisons
/// are refused (MC1005); anything else (length, concatenation, storage keys and values, returns)
/// behaves as under nccs. A local counts as a Buffer string when any assignment to it in its method
/// is one (flow-insensitive, so a refusal may be conservative, never missing).
/// </summary>
public sealed partial class MethodEmitter
{
    private const string BufferStringFix = "convert it first: s.Substring(i, n).ToByteArray().ToByteString() is a ByteString (or compare s.Substring(i, n).Length / bytes)";

    private bool IsBufferString(ExpressionSyntax e, int depth = 0)
    {
        while (e is ParenthesizedExpressionSyntax p) e = p.Expression;
        if (depth > 8 || TypeOf(e)?.SpecialType != SpecialType.System_String) return false;
        switch (e)
        {
            case InvocationExpressionSyntax i:
                return SymbolOf(i) is IMethodSymbol { Name: "Substring", ContainingType.SpecialType: SpecialType.System_String };
            case ConditionalExpressionSyntax c:
                return IsBufferString(c.WhenTrue, depth + 1) || IsBufferString(c.WhenFalse, depth + 1);
            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.CoalesceExpression):
                return IsBufferString(b.Left, depth + 1) || IsBufferString(b.Right, depth + 1);
            case AssignmentExpressionSyntax a when a.IsKind(SyntaxKind.SimpleAssignmentExpression):
                return IsBufferString(a.Right, depth + 1);
            case IdentifierNameSyntax id when SymbolOf(id) is ILocalSymbol local:
                return AssignedValues(local).Any(v => IsBufferString(v, depth + 1));
        }
        return false;
    }

    /// <summary>Every expression assigned to <paramref name="local"/> in its method (initializer,
    /// simple assignments, foreach is not a source of Buffers).</summary>
    private IEnumerable<ExpressionSyntax> AssignedValues(ILocalSymbol local)
    {
        foreach (var r in local.DeclaringSyntaxReferences)
        {
            var decl = r.GetSyntax();
            if (decl is VariableDeclaratorSyntax { Initializer: { } init }) yield return init.Value;
            var body = decl.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax);
            if (body is null) continue;
            foreach (var a in body.DescendantNodes().OfType<AssignmentExpressionSyntax>())
                if (a.IsKind(SyntaxKind.SimpleAssignmentExpression) && a.Left is IdentifierNameSyntax && SymbolEqualityComparer.Default.Equals(SymbolOf(a.Left), local))
                    yield return a.Right;
        }
    }

    /// <summary>MC1005 when a string comparison would see a Buffer from Substring.</summary>
    private void RefuseBufferComparison(SyntaxNode node, params ExpressionSyntax?[] operands)
    {
        foreach (var o in operands)
            if (o is not null && IsBufferString(o))
                throw CompileError.Nccs(node, "nccs 3.5.0 leaves Substring's result a Buffer, which never equals a string (== / Equals / switch are false)", BufferStringFix);
    }
}
