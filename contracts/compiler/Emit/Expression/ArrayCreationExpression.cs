using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// Arrays are NeoVM Arrays: <c>new T[n]</c> → NEWARRAY_T (integers 0, bools false, references
    /// null) and <c>{a, b, …}</c> → items pushed last-first, PACK. <c>byte[]</c> is a Buffer:
    /// <c>new byte[n]</c> → NEWBUFFER, a constant initializer → PUSHDATA + CONVERT to Buffer.
    /// </summary>
    private void EmitArrayCreation(ExpressionSyntax e)
    {
        var type = (ConvertedTypeOf(e) ?? TypeOf(e)) as IArrayTypeSymbol ?? throw CompileError.Unsupported(e, "array creation");
        if (type.Rank != 1) throw CompileError.Unsupported(e, "multi-dimensional array");
        InitializerExpressionSyntax? init = e switch
        {
            ArrayCreationExpressionSyntax a => a.Initializer,
            ImplicitArrayCreationExpressionSyntax i => i.Initializer,
            InitializerExpressionSyntax i => i,
            _ => null,
        };
        bool isBytes = type.ElementType.SpecialType == SpecialType.System_Byte;
        if (init is null)
        {
            var size = ((ArrayCreationExpressionSyntax)e).Type.RankSpecifiers[0].Sizes[0];
            if (size is OmittedArraySizeExpressionSyntax) throw CompileError.Unsupported(e, "array without size");
            EmitExpression(size);
            if (isBytes) { Emit(OpCode.NEWBUFFER); return; }
            var t = type.ElementType;
            if (Interop.TypeMap.IsNumeric(t)) Emit(OpCode.NEWARRAY_T, [0x21]);
            else if (t.SpecialType == SpecialType.System_Boolean) Emit(OpCode.NEWARRAY_T, [0x20]);
            else if (t is INamedTypeSymbol { TypeKind: TypeKind.Struct } rec && rec.ContainingAssembly is ISourceAssemblySymbol)
                EmitRecordArray(rec, e);
            else Emit(OpCode.NEWARRAY); // references: null items, as C#
            return;
        }
        if (isBytes)
        {
            var bytes = new List<byte>();
            foreach (var item in init.Expressions)
            {
                var c = ModelFor(item).GetConstantValue(item);
                if (!c.HasValue) throw CompileError.Unsupported(item, "non-constant byte in a byte[] initializer");
                bytes.Add(Convert.ToByte(c.Value));
            }
            Push(bytes.ToArray());
            Emit(OpCode.CONVERT, [0x30]);
            return;
        }
        for (int i = init.Expressions.Count - 1; i >= 0; i--) EmitExpression(init.Expressions[i]);
        Push(init.Expressions.Count);
        Emit(OpCode.PACK);
    }

    /// <summary>new R[n] for a record R: n default records, as C# (NEWARRAY alone would give nulls).
    /// A negative n FAULTs (C# throws).</summary>
    private void EmitRecordArray(INamedTypeSymbol record, SyntaxNode node)
    {
        var ok = new Assembler.Label(); var body = new Assembler.Label(); var cond = new Assembler.Label();
        int count = NewTemp();
        Emit(OpCode.DUP); Emit(OpCode.PUSH0); Jump(OpCode.JMPGE, ok); Emit(OpCode.THROW);
        Mark(ok);
        Slot(OpCode.STLOC, count);
        Emit(OpCode.NEWARRAY0);
        Jump(OpCode.JMP, cond);
        Mark(body);
        Emit(OpCode.DUP);
        EmitStructCreation(record, null, node);
        Emit(OpCode.APPEND);
        Slot(OpCode.LDLOC, count); Emit(OpCode.DEC); Slot(OpCode.STLOC, count);
        Mark(cond);
        Slot(OpCode.LDLOC, count); Emit(OpCode.PUSH0); Jump(OpCode.JMPGT, body);
    }
}
