extern alias neo;
extern alias neovm;
using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;
using NefFile = neo::Neo.SmartContract.NefFile;
using ContractManifest = neo::Neo.SmartContract.Manifest.ContractManifest;

namespace MiniApp.Compiler.Tests.Compiler;

/// <summary>The real Neo 3.5.0 parsers accept what the compiler writes.</summary>
public class FormatTests
{
    static string Root => Path.GetFullPath(Path.Combine(Support.Paths.ProjectDir, ".."));

    [Theory]
    [InlineData("DoomsdayClock")]
    [InlineData("Platform/PaymentHub")]
    [InlineData("Platform/ServiceLayerGateway")]
    [InlineData("Platform/PauseRegistry")]
    public void Real_Neo_accepts_nef_and_manifest(string project)
    {
        var result = ContractCompiler.CompileProject(Path.Combine(Root, project));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        foreach (var c in result.Contracts)
        {
            var nef = neo::Neo.IO.Helper.AsSerializable<NefFile>(c.Nef); // checks magic, reserved bytes and checksum
            Assert.StartsWith("MiniApp.Compiler ", nef.Compiler);
            var manifest = ContractManifest.Parse(c.ManifestJson);
            Assert.Equal(c.Name, manifest.Name);
            Assert.True(manifest.Abi.Methods.All(m => m.Offset >= 0 && m.Offset < nef.Script.Length));
            foreach (var t in nef.Tokens) Assert.Equal(neo::Neo.SmartContract.CallFlags.All, t.CallFlags);
            using var debug = JsonDocument.Parse(c.DebugInfoJson);
            Assert.NotEmpty(debug.RootElement.GetProperty("methods").EnumerateArray());
            Assert.Equal(neo::Neo.SmartContract.Helper.ToScriptHash(nef.Script.Span).ToString(), debug.RootElement.GetProperty("hash").GetString());
        }
    }

    [Fact]
    public void Never_emits_opcodes_missing_from_NeoVM_3_5()
    {
        var c = VmRunner.Compile("public static void F(bool b) { ExecutionEngine.Assert(b, \"m\"); }");
        var script = new neovm::Neo.VM.Script(VmRunner.Script(c));
        for (int ip = 0; ip < script.Length; ip += script.GetInstruction(ip).Size)
            Assert.True(Enum.IsDefined(script.GetInstruction(ip).OpCode));
    }

    /// <summary>
    /// Issue #15: the debug info lists the conditional jumps the compiler synthesises (here a
    /// (BigInteger) and a (UInt160) conversion) and none the source spells (if, ??, ?:, &amp;&amp;, loops).
    /// </summary>
    [Fact]
    public void Debug_info_lists_synthetic_jumps_and_no_source_jump()
    {
        var c = VmRunner.Compile("""
            public static BigInteger F(ByteString s, ByteString t, bool b, int n)
            {
                BigInteger x = (BigInteger)s;
                UInt160 a = (UInt160)t;
                if (a == null) x += 1;
                ByteString u = t ?? s;
                x += b && n > 0 ? 1 : 2;
                for (int i = 0; i < n; i++) x += i;
                return x + u.Length;
            }
            """);
        var script = new neovm::Neo.VM.Script(VmRunner.Script(c));
        var conditional = new System.Collections.Generic.List<int>();
        for (int ip = 0; ip < script.Length; ip += script.GetInstruction(ip).Size)
            if (script.GetInstruction(ip).OpCode is >= neovm::Neo.VM.OpCode.JMPIF and <= neovm::Neo.VM.OpCode.JMPLE_L) conditional.Add(ip);
        using var debug = JsonDocument.Parse(c.DebugInfoJson);
        var synthetic = debug.RootElement.GetProperty("synthetic-branches").EnumerateArray()
            .Select(e => (Offset: e.GetProperty("offset").GetInt32(), Reason: e.GetProperty("reason").GetString())).ToList();
        Assert.Equal(["(BigInteger) conversion of a ByteString", "(UInt160) conversion of a ByteString", "(UInt160) conversion of a ByteString"], synthetic.Select(x => x.Reason));
        Assert.All(synthetic, x => Assert.Contains(x.Offset, conditional));
        // if, ??, &&, ?: and the loop's test: the source's jumps stay unlisted.
        Assert.True(conditional.Count - synthetic.Count >= 5, $"{conditional.Count} conditional jumps");
    }
}
