using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>a[i] on arrays, byte[] (a byte as Integer), List, Map → PICKITEM; other indexers
    /// (ByteString, StorageMap) through their framework getter.</summary>
    private void EmitElementAccess(ElementAccessExpressionSyntax e)
    {
        if (e.ArgumentList.Arguments.Count != 1) throw CompileError.Unsupported(e, "multi-index access");
        if (e.ArgumentList.Arguments[0].Expression is RangeExpressionSyntax) throw CompileError.Unsupported(e, "range index");
        if (SymbolOf(e) is IPropertySymbol { IsIndexer: true } indexer && !IsPlainIndexable(e))
        {
            if (indexer.ContainingType.SpecialType == SpecialType.System_String)
            {
                // s[i] is the i-th UTF-8 byte as an Integer (C#: the i-th UTF-16 char), as nccs.
                EmitReceiverValue(e.Expression); EmitIndex(e); Emit(OpCode.PICKITEM);
                return;
            }
            if (!Interop.TypeMap.IsFramework(indexer)) throw CompileError.Unsupported(e, "indexer");
            var op = (IPropertyReferenceOperation)ModelFor(e).GetOperation(e)!;
            EmitFrameworkCall(indexer.GetMethod!, e.Expression, OrderedArguments(op.Arguments, e), e);
            return;
        }
        EmitReceiverValue(e.Expression);
        EmitIndex(e);
        Emit(OpCode.PICKITEM);
    }

    private void EmitIndex(ElementAccessExpressionSyntax e)
    {
        var index = e.ArgumentList.Arguments[0].Expression;
        if (index is PrefixUnaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IndexExpression })
            throw CompileError.Unsupported(index, "^ index from end");
        EmitExpression(index);
    }
}
