using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>No try/finally exists in the subset, so every return is a plain RET.</summary>
    private void EmitReturn(ReturnStatementSyntax s)
    {
        // A local or parameter dies with the frame, so returning it needs no record copy.
        if (s.Expression is IdentifierNameSyntax id && SymbolOf(id) is ILocalSymbol or IParameterSymbol) EmitValue(s.Expression);
        else if (s.Expression is not null) EmitExpression(s.Expression);
        Emit(OpCode.RET);
    }

    /// <summary>
    /// <c>throw new Exception(msg)</c> (any exception type constructed with one string) → msg; THROW,
    /// so the FAULT reads "An unhandled exception was thrown. msg". A rethrow is outside the subset.
    /// </summary>
    private void EmitThrow(ExpressionSyntax? e, SyntaxNode node)
    {
        if (e is not ObjectCreationExpressionSyntax creation || SymbolOf(creation) is not IMethodSymbol ctor
            || !IsException(ctor.ContainingType))
            throw CompileError.Unsupported(node, "throw of anything but new Exception(message)");
        var argsList = creation.ArgumentList?.Arguments ?? default;
        if (argsList.Count == 0) Push("exception");
        else if (argsList.Count == 1 && ctor.Parameters[0].Type.SpecialType == SpecialType.System_String) EmitExpression(argsList[0].Expression);
        else throw CompileError.Unsupported(node, "exception constructor other than (string message)");
        Emit(OpCode.THROW);
    }

    private static bool IsException(INamedTypeSymbol? t)
    {
        for (; t is not null; t = t.BaseType) if (t.ToDisplayString() == "System.Exception") return true;
        return false;
    }
}
