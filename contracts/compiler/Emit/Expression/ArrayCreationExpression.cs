using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// Arrays are NeoVM Arrays: <c>new T[n]</c> → NEWARRAY_T (integers 0, bools false, references
    /// and records null: nccs 3.5.0 gives a record array null items, so <c>new R[n][0].X</c> FAULTs) and <c>{a, b, …}</c> → items pushed last-first, PACK. <c>byte[]</c> is a Buffer:
    /// <c>new byte[n]</c> → NEWBUFFER, a constant initializer → PUSHDATA + CONVERT to Buffer, any
    /// other initializer → NEWBUFFER + SETITEM per byte (as nccs 3.5.0).
    /// </summary>
    private void EmitArrayCreation(ExpressionSyntax e)
    {
        var type = ConvertedTypeOf(e) as IArrayTypeSymbol ?? TypeOf(e) as IArrayTypeSymbol ?? throw CompileError.Unsupported(e, "array creation");
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
            else Emit(OpCode.NEWARRAY); // references and records: null items, as nccs 3.5.0 (C# would give default records)
            return;
        }
        if (isBytes)
        {
            if (init.Expressions.Any(item => !ModelFor(item).GetConstantValue(item).HasValue))
            {
                // As nccs 3.5.0: NEWBUFFER, then each byte stored in source order (SETITEM FAULTs
                // outside -128..255).
                Push(init.Expressions.Count);
                Emit(OpCode.NEWBUFFER);
                for (int i = 0; i < init.Expressions.Count; i++)
                {
                    Emit(OpCode.DUP); Push(i); EmitExpression(init.Expressions[i]); Emit(OpCode.SETITEM);
                }
                return;
            }
            var bytes = init.Expressions.Select(item => Convert.ToByte(ModelFor(item).GetConstantValue(item).Value)).ToArray();
            Push(bytes);
            Emit(OpCode.CONVERT, [0x30]);
            return;
        }
        for (int i = init.Expressions.Count - 1; i >= 0; i--) EmitExpression(init.Expressions[i]);
        Push(init.Expressions.Count);
        Emit(OpCode.PACK);
    }
}
