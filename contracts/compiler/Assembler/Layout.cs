namespace MiniApp.Compiler.Assembler;

/// <summary>
/// Assigns offsets and encodes the script. Every jump starts short (1-byte offset); a jump whose
/// target lies outside [-128, 127] becomes long and offsets are recomputed until nothing changes
/// (jumps only ever grow, so this terminates).
/// </summary>
public static class Layout
{
    public static byte[] Assemble(IReadOnlyList<Instruction> code)
    {
        foreach (var i in code)
            if (i.Target is not null) i.OpCode = OpCodes.ToShort(i.OpCode);
        bool changed = true;
        while (changed)
        {
            AssignOffsets(code);
            changed = false;
            foreach (var i in code)
            {
                if (i.Target is null || OpCodes.IsLongForm(i.OpCode)) continue;
                int delta = TargetOf(i).Offset - i.Offset;
                if (delta < sbyte.MinValue || delta > sbyte.MaxValue) { i.OpCode = OpCodes.ToLong(i.OpCode); changed = true; }
            }
        }
        var script = new List<byte>();
        foreach (var i in code)
        {
            script.Add((byte)i.OpCode);
            if (i.Target is null) { script.AddRange(i.Operand); continue; }
            int delta = TargetOf(i).Offset - i.Offset;
            if (OpCodes.IsLongForm(i.OpCode)) script.AddRange(BitConverter.GetBytes(delta));
            else script.Add((byte)(sbyte)delta);
        }
        return script.ToArray();
    }

    private static void AssignOffsets(IReadOnlyList<Instruction> code)
    {
        int offset = 0;
        foreach (var i in code) { i.Offset = offset; offset += i.Size; }
    }

    private static Instruction TargetOf(Instruction i)
        => i.Target!.Instruction ?? throw new InvalidOperationException($"unbound label {i.Target}");
}
