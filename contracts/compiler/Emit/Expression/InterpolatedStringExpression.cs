using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// $"…{x}…": text parts pushed, holes converted like string + (integers via StdLib.itoa),
    /// CAT between parts and one CONVERT to ByteString at the end (as nccs 3.5.0). Alignment and
    /// format clauses are outside the subset.
    /// </summary>
    private void EmitInterpolatedString(InterpolatedStringExpressionSyntax s)
    {
        if (s.Contents.Count == 0) { Push(""); return; }
        for (int i = 0; i < s.Contents.Count; i++)
        {
            switch (s.Contents[i])
            {
                case InterpolatedStringTextSyntax text: Push(text.TextToken.ValueText); break;
                case InterpolationSyntax hole:
                    if (hole.AlignmentClause is not null || hole.FormatClause is not null)
                        throw CompileError.Unsupported(hole, "alignment or format in an interpolated string");
                    EmitStringOperand(hole.Expression);
                    break;
            }
            if (i > 0) Emit(OpCode.CAT);
        }
        if (s.Contents.Count >= 2) Emit(OpCode.CONVERT, [0x28]);
    }
}
