extern alias neo;
extern alias neovm;
using System;
using System.Collections.Generic;
using System.Linq;
using neo::Neo.IO;
using neo::Neo.SmartContract;
using neo::Neo.VM;
using OpCode = neovm::Neo.VM.OpCode;
using ScriptBuilder = neovm::Neo.VM.ScriptBuilder;

namespace MiniApp.Compiler.Tests.Engine;

/// <summary>
/// A contract assembled by hand, so the engine is tested without the compiler:
/// answer() → 42, add(a, b) → a + b, boom() throws "nope", now() → Runtime.Time,
/// put(k, v) writes storage, ping(x) emits "Ping"(x).
/// </summary>
public static class HandContract
{
    /// <param name="answer">what answer() returns</param>
    /// <param name="updatable">adds update(nef, manifest) → ContractManagement.update (changes the NEF, hence the hash)</param>
    public static (byte[] Nef, string Manifest) Build(string name = "Hand", int answer = 42, bool updatable = false)
    {
        var methods = new List<(string Name, int Params, string Returns, byte[] Code, bool Safe)>();
        var sb = new ScriptBuilder();
        void Method(string n, int p, string ret, Action<ScriptBuilder> body, bool safe = false)
        {
            int offset = sb.Length;
            body(sb);
            methods.Add((n, p, ret, BitConverter.GetBytes(offset), safe));
        }
        Method("answer", 0, "Integer", s => { s.EmitPush(answer); s.Emit(OpCode.RET); }, safe: true);
        Method("add", 2, "Integer", s => { s.Emit(OpCode.INITSLOT, new byte[] { 0, 2 }); s.Emit(OpCode.LDARG0, OpCode.LDARG1, OpCode.ADD, OpCode.RET); }, safe: true);
        Method("boom", 0, "Void", s => { s.EmitPush("nope"); s.Emit(OpCode.THROW); });
        Method("now", 0, "Integer", s => { s.EmitSysCall(ApplicationEngine.System_Runtime_GetTime); s.Emit(OpCode.RET); }, safe: true);
        Method("put", 2, "Void", s =>
        {
            s.Emit(OpCode.INITSLOT, new byte[] { 0, 2 });
            s.Emit(OpCode.LDARG1, OpCode.LDARG0);
            s.EmitSysCall(ApplicationEngine.System_Storage_GetContext);
            s.EmitSysCall(ApplicationEngine.System_Storage_Put);
            s.Emit(OpCode.RET);
        });
        Method("ping", 1, "Void", s =>
        {
            s.Emit(OpCode.INITSLOT, new byte[] { 0, 1 });
            s.Emit(OpCode.LDARG0);
            s.EmitPush(1);
            s.Emit(OpCode.PACK);
            s.EmitPush("Ping");
            s.EmitSysCall(ApplicationEngine.System_Runtime_Notify);
            s.Emit(OpCode.RET);
        });
        if (updatable)
            Method("update", 2, "Void", s =>
            {
                s.Emit(OpCode.INITSLOT, new byte[] { 0, 2 });
                s.Emit(OpCode.LDARG1, OpCode.LDARG0);
                s.EmitPush(2);
                s.Emit(OpCode.PACK);
                s.EmitPush((int)CallFlags.All);
                s.EmitPush("update");
                s.EmitPush(neo::Neo.SmartContract.Native.NativeContract.ContractManagement.Hash);
                s.EmitSysCall(ApplicationEngine.System_Contract_Call);
                s.Emit(OpCode.DROP, OpCode.RET);
            });
        var nef = new NefFile { Compiler = "hand-assembled", Source = "", Tokens = Array.Empty<MethodToken>(), Script = sb.ToArray() };
        nef.CheckSum = NefFile.ComputeChecksum(nef);

        string Params(int n) => string.Join(",", Enumerable.Range(0, n).Select(i => $"{{\"name\":\"p{i}\",\"type\":\"Any\"}}"));
        var abi = string.Join(",", methods.Select(m =>
            $"{{\"name\":\"{m.Name}\",\"parameters\":[{Params(m.Params)}],\"returntype\":\"{m.Returns}\",\"offset\":{BitConverter.ToInt32(m.Code)},\"safe\":{(m.Safe ? "true" : "false")}}}"));
        var manifest = $"{{\"name\":\"{name}\",\"groups\":[],\"features\":{{}},\"supportedstandards\":[],\"abi\":{{\"methods\":[{abi}],\"events\":[{{\"name\":\"Ping\",\"parameters\":[{{\"name\":\"x\",\"type\":\"Any\"}}]}}]}},\"permissions\":[{{\"contract\":\"*\",\"methods\":\"*\"}}],\"trusts\":[],\"extra\":null}}";
        return (nef.ToArray(), manifest);
    }
}
