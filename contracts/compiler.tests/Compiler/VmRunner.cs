extern alias neo;
extern alias neovm;
using System;
using System.Linq;
using System.Text.Json;
using Xunit;
using VM = neovm::Neo.VM;

namespace MiniApp.Compiler.Tests.Compiler;

/// <summary>Compiles C# text and runs one method of it on the plain NeoVM 3.5 ExecutionEngine
/// (no syscalls needed for the pure methods these tests use).</summary>
public static class VmRunner
{
    public const string Usings = "using System; using System.Numerics; using Neo; using Neo.SmartContract.Framework; using Neo.SmartContract.Framework.Services; using Neo.SmartContract.Framework.Attributes; using System.ComponentModel;\n";

    public static CompiledContract Compile(string body, CompilerOptions? options = null)
    {
        var r = ContractCompiler.CompileSources([new SourceFile("T.cs", Usings + "public class T : SmartContract {\n" + body + "\n}")], options);
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        return r.Contracts.Single();
    }

    /// <summary>Compiles a member list that must be refused; returns the first diagnostic.</summary>
    public static CompilerDiagnostic Refused(string body)
    {
        var r = ContractCompiler.CompileSources([new SourceFile("T.cs", Usings + "public class T : SmartContract {\n" + body + "\n}")]);
        Assert.False(r.Success);
        return r.Diagnostics.First();
    }

    public static byte[] Script(CompiledContract c)
    {
        var nef = neo::Neo.IO.Helper.AsSerializable<neo::Neo.SmartContract.NefFile>(c.Nef);
        return nef.Script.ToArray();
    }

    public static int Offset(CompiledContract c, string method)
    {
        using var doc = JsonDocument.Parse(c.ManifestJson);
        return doc.RootElement.GetProperty("abi").GetProperty("methods").EnumerateArray()
            .First(m => m.GetProperty("name").GetString() == method).GetProperty("offset").GetInt32();
    }

    sealed class Engine : VM.ExecutionEngine
    {
        public Exception? Fault;
        protected override void OnFault(Exception ex) { Fault = ex; base.OnFault(ex); }
        public void LoadInit(VM.ExecutionContext init) => LoadContext(init);
    }

    /// <summary>HALT → the returned item; FAULT → null result and the fault text.</summary>
    public static (VM.VMState State, VM.Types.StackItem? Result, string? Fault) Run(CompiledContract c, string method, params VM.Types.StackItem[] args)
    {
        using var engine = new Engine();
        var context = engine.LoadScript(new VM.Script(Script(c)), initialPosition: Offset(c, method));
        // As Neo's ApplicationEngine: _initialize runs first, sharing the method's static slots.
        if (c.ManifestJson.Contains("\"_initialize\"")) engine.LoadInit(context.Clone(Offset(c, "_initialize")));
        for (int i = args.Length - 1; i >= 0; i--) engine.Push(args[i]);
        var state = engine.Execute();
        return (state, state == VM.VMState.HALT && engine.ResultStack.Count > 0 ? engine.ResultStack.Peek() : null, engine.Fault?.Message);
    }

    /// <summary>Instructions of a method (from its ABI offset to its first RET, good for straight-line samples).</summary>
    public static int InstructionCount(CompiledContract c, string method, out int bytes)
    {
        var script = new VM.Script(Script(c));
        int ip = Offset(c, method), count = 0, start = ip;
        while (true)
        {
            var ins = script.GetInstruction(ip);
            count++;
            if (ins.OpCode == VM.OpCode.RET) break;
            ip += ins.Size;
        }
        bytes = ip + 1 - start;
        return count;
    }
}
