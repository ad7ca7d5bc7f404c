using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Assembler;

/// <summary>
/// One NeoVM instruction before layout. Jumps and calls point at a <see cref="Label"/>; their final
/// width (1-byte or 4-byte offset) is chosen by <see cref="Layout"/>.
/// </summary>
public sealed class Instruction
{
    public OpCode OpCode { get; set; }
    public byte[] Operand { get; set; } = [];
    public Label? Target { get; set; }
    /// <summary>Source span this instruction starts (a sequence point), if any.</summary>
    public SourceSpan? Source { get; set; }
    public int Offset { get; internal set; }
    /// <summary>
    /// For a conditional jump the compiler synthesises (no C# <c>if</c>, <c>&amp;&amp;</c>, <c>?:</c>, loop … spells
    /// it: a conversion's null test or length check, a framework member's body, an integer wrap), why
    /// it is there. The debug info lists these so coverage can filter them (as JaCoCo and coverlet
    /// filter the branches javac and Roslyn synthesise); null for every jump of the source.
    /// </summary>
    public string? Synthetic { get; set; }

    public Instruction(OpCode opCode, byte[]? operand = null) { OpCode = opCode; Operand = operand ?? []; }

    public int Size => 1 + (Target is null ? Operand.Length : OpCodes.IsLongForm(OpCode) ? 4 : 1);

    public override string ToString() => Target is null
        ? $"{OpCode} {Convert.ToHexString(Operand)}"
        : $"{OpCode} -> {Target}";
}

/// <summary>A jump target; bound to an instruction (its offset after layout).</summary>
public sealed class Label
{
    private static int counter;
    private readonly int id = Interlocked.Increment(ref counter);
    public Instruction? Instruction { get; set; }
    public override string ToString() => $"L{id}@{Instruction?.Offset}";
}

/// <summary>A sequence point: file and 1-based line/column range.</summary>
public sealed record SourceSpan(string File, int StartLine, int StartColumn, int EndLine, int EndColumn);
