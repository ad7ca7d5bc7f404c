extern alias neo;
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using MiniApp.Compiler.Tests.Support;
using MiniApp.Engine;
using MiniApp.Engine.Host;
using Xunit;
using neo::Neo.IO;
using Signer = neo::Neo.Network.P2P.Payloads.Signer;
using Transaction = neo::Neo.Network.P2P.Payloads.Transaction;
using TransactionAttribute = neo::Neo.Network.P2P.Payloads.TransactionAttribute;
using Witness = neo::Neo.Network.P2P.Payloads.Witness;
using WitnessScope = neo::Neo.Network.P2P.Payloads.WitnessScope;

namespace MiniApp.Compiler.Tests.Engine;

/// <summary>
/// The engine host's protocol (neo-express/engine/MiniApp.Engine.Host/README.md), driven through
/// <see cref="HostSession"/> in-process, plus one exchange with the real process. The TypeScript
/// client (neo-express/driver/engine/) is written against the same README.
/// </summary>
public sealed class HostProtocolTests
{
    const ulong T0 = Chains.T0;
    const string GenesisHash = "0x7cd5e2e5b5396761d2342b19b0cbcb98058762dd0f8158b48e127edb76225574";

    int nextId = 1;

    /// <summary>Sends one request (op + params) and returns the parsed response, checking the id echo.</summary>
    JsonObject Send(HostSession session, string op, JsonObject? parameters = null)
    {
        var request = parameters ?? new JsonObject();
        int id = nextId++;
        request["id"] = id;
        request["op"] = op;
        var response = JsonNode.Parse(session.Handle(request.ToJsonString()))!.AsObject();
        Assert.Equal(id, (int)response["id"]!);
        return response;
    }

    JsonNode Ok(HostSession session, string op, JsonObject? parameters = null)
    {
        var response = Send(session, op, parameters);
        Assert.True((bool)response["ok"]!, response.ToJsonString());
        return response["result"]!;
    }

    string Failure(HostSession session, string op, JsonObject? parameters = null)
    {
        var response = Send(session, op, parameters);
        Assert.False((bool)response["ok"]!, response.ToJsonString());
        Assert.False(string.IsNullOrEmpty((string?)response["error"]));
        return (string)response["code"]!;
    }

    static string Base64Of(Transaction tx) => Convert.ToBase64String(tx.ToArray());

    [Fact]
    public void Hello_names_the_chain_and_its_tip()
    {
        var session = new HostSession(Chains.New());
        var hello = Ok(session, "hello");
        Assert.Equal(4071797906L, (long)hello["magic"]!);
        Assert.Equal(53, (int)hello["addressVersion"]!);
        Assert.Equal(15000, (int)hello["msPerBlock"]!);
        Assert.Equal("10000000000", (string)hello["maxGasInvoke"]!);   // rpc.MaxGasInvoke = 100 GAS
        Assert.Equal(GenesisHash, (string)hello["genesisHash"]!);
        Assert.Equal(0, (int)hello["tip"]!["index"]!);
        Assert.Equal(GenesisHash, (string)hello["tip"]!["hash"]!);
        Assert.Equal("1468595301000", (string)hello["tip"]!["timestamp"]!);
        var fees = Ok(session, "feePolicy");
        Assert.Equal(("1000", "30", "100000"), ((string)fees["feePerByte"]!, (string)fees["execFeeFactor"]!, (string)fees["storagePrice"]!));
    }

    [Fact]
    public void InvokeScript_prints_the_gas_balance_as_the_node_does()
    {
        var chain = Chains.New();
        var session = new HostSession(chain);
        var genesis = chain.Accounts.Genesis.Hash;
        var script = Scripts.Call(new ContractCall(Chain.GasHash, "balanceOf", genesis));
        var execution = Ok(session, "invokeScript", new JsonObject
        {
            ["script"] = Convert.ToBase64String(script),
            ["signers"] = new JsonArray(new JsonObject { ["account"] = genesis.ToString(), ["scopes"] = "CalledByEntry, CustomContracts", ["allowedcontracts"] = new JsonArray(Chain.GasHash.ToString()[2..]) }),
        });
        Assert.Equal("HALT", (string)execution["state"]!);
        Assert.Null(execution["exception"]);
        Assert.True(long.Parse((string)execution["gasconsumed"]!) > 0);
        var item = execution["stack"]!.AsArray().Single()!;
        Assert.Equal("Integer", (string)item["type"]!);
        Assert.Equal(chain.GasBalance(genesis).ToString(), (string)item["value"]!);
        Assert.Empty(execution["notifications"]!.AsArray());
        // a bad scope name is the request's fault, not the engine's
        Assert.Equal("BAD_REQUEST", Failure(session, "invokeScript", new JsonObject
        {
            ["script"] = Convert.ToBase64String(script),
            ["signers"] = new JsonArray(new JsonObject { ["account"] = genesis.ToString(), ["scopes"] = "CalledByAnyone" }),
        }));
    }

    [Fact]
    public void ExecuteBlock_runs_a_prebuilt_transfer_as_the_engine_built_it()
    {
        // The engine builds and runs a GAS transfer on one chain; the host replays its bytes on another.
        var builder = Chains.New();
        var genesis = builder.Accounts.Genesis.Hash;
        var admin = builder.Accounts["admin"].Hash;
        var built = builder.ExecuteBlock(T0, new[] { TxRequest.Call(new ContractCall(Chain.GasHash, "transfer", genesis, admin, 5 * Chain.OneGas, null), TxSigner.CalledByEntry(genesis)) });
        var tx = built.Transactions[0];

        var chain = Chains.New();
        var session = new HostSession(chain);
        var block = Ok(session, "executeBlock", new JsonObject { ["timestamp"] = T0.ToString(), ["transactions"] = new JsonArray(Base64Of(tx)) });
        Assert.Equal(1, (int)block["index"]!);
        Assert.Equal(built.Hash.ToString(), (string)block["hash"]!);      // same header, same merkle root
        Assert.Equal(T0.ToString(), (string)block["timestamp"]!);
        var execution = block["executions"]!.AsArray().Single()!;
        Assert.Equal(tx.Hash.ToString(), (string)execution["txid"]!);
        Assert.Equal("HALT", (string)execution["state"]!);
        Assert.Equal(built.Outcomes[0].GasConsumed.ToString(), (string)execution["gasconsumed"]!);
        Assert.Equal("Boolean", (string)execution["stack"]![0]!["type"]!);
        Assert.True((bool)execution["stack"]![0]!["value"]!);
        var transfer = execution["notifications"]!.AsArray().Single()!;
        Assert.Equal(Chain.GasHash.ToString(), (string)transfer["contract"]!);
        Assert.Equal("Transfer", (string)transfer["eventname"]!);
        var args = transfer["state"]!["value"]!.AsArray();
        Assert.Equal("Array", (string)transfer["state"]!["type"]!);
        Assert.Equal(Convert.ToBase64String(admin.ToArray()), (string)args[1]!["value"]!);
        Assert.Equal((5 * Chain.OneGas).ToString(), (string)args[2]!["value"]!);
        Assert.Equal(builder.GasBalance(admin), chain.GasBalance(admin));

        // the node would refuse: the same transaction again, a timestamp not after the tip
        Assert.Equal("BLOCK_REJECTED", Failure(session, "executeBlock", new JsonObject { ["timestamp"] = (T0 + 1000).ToString(), ["transactions"] = new JsonArray(Base64Of(tx)) }));
        Assert.Equal("BLOCK_REJECTED", Failure(session, "executeBlock", new JsonObject { ["timestamp"] = T0.ToString(), ["transactions"] = new JsonArray() }));
        Assert.Equal("BLOCK_REJECTED", Failure(session, "executeBlock", new JsonObject { ["timestamp"] = (T0 + 1000).ToString(), ["transactions"] = new JsonArray("AAECAw==") }));
        Assert.Equal(1u, chain.Height);
    }

    [Fact]
    public void ExecuteBlock_estimates_system_fees_as_the_client_rule_says_and_reports_them()
    {
        var chain = Chains.New();
        var session = new HostSession(chain);
        var genesis = chain.Accounts.Genesis.Hash;
        var tx = Unsigned(genesis, 100);
        tx.SystemFee = 0;
        // What the client's rule gives: a test invocation of the script with its signer, against the tip.
        long gas = chain.TestInvokeScript(tx.Script.ToArray(), TxSigner.CalledByEntry(genesis)).GasConsumed;
        long margin = Chain.OneGas, expected = gas + gas / 10 + margin;
        var block = Ok(session, "executeBlock", new JsonObject
        {
            ["timestamp"] = T0.ToString(), ["nonce"] = "1", ["transactions"] = new JsonArray(Base64Of(tx)),
            ["estimate"] = new JsonArray(new JsonObject { ["index"] = 0, ["margin"] = margin.ToString(), ["max"] = (100 * Chain.OneGas).ToString() }),
        });
        var execution = block["executions"]!.AsArray().Single()!;
        Assert.Equal(expected.ToString(), (string)execution["systemfee"]!);
        tx.SystemFee = expected;                          // the fee changes the hash: the host reports the final one
        Assert.Equal(tx.Hash.ToString(), (string)execution["txid"]!);
        Assert.Equal("HALT", (string)execution["state"]!);

        // capped at max; an index outside the block is the request's fault
        var capped = Unsigned(genesis, 100);
        capped.Nonce = 43;
        var second = Ok(session, "executeBlock", new JsonObject
        {
            ["timestamp"] = (T0 + 1000).ToString(), ["transactions"] = new JsonArray(Base64Of(capped)),
            ["estimate"] = new JsonArray(new JsonObject { ["index"] = 0, ["margin"] = margin.ToString(), ["max"] = "12345" }),
        });
        Assert.Equal("12345", (string)second["executions"]![0]!["systemfee"]!);
        Assert.Equal("BAD_REQUEST", Failure(session, "executeBlock", new JsonObject
        {
            ["timestamp"] = (T0 + 2000).ToString(), ["transactions"] = new JsonArray(),
            ["estimate"] = new JsonArray(new JsonObject { ["index"] = 0, ["margin"] = "0", ["max"] = "0" }),
        }));
    }

    [Fact]
    public void Balances_are_what_balanceOf_returns()
    {
        var chain = Chains.New();
        var session = new HostSession(chain);
        var accounts = new[] { chain.Accounts.Genesis.Hash, chain.Accounts["admin"].Hash };
        var result = Ok(session, "balances", new JsonObject { ["accounts"] = new JsonArray(accounts.Select(a => (JsonNode)a.ToString()).ToArray()) });
        for (int i = 0; i < accounts.Length; i++)
        {
            var gas = chain.TestInvoke(new ContractCall(Chain.GasHash, "balanceOf", accounts[i])).Result;
            var neoBalance = chain.TestInvoke(new ContractCall(Chain.NeoHash, "balanceOf", accounts[i])).Result;
            Assert.Equal(((IntegerValue)gas).Value.ToString(), (string)result["gas"]![i]!);
            Assert.Equal(((IntegerValue)neoBalance).Value.ToString(), (string)result["neo"]![i]!);
        }
        Assert.NotEqual("0", (string)result["gas"]![0]!);
        Assert.Equal("BAD_REQUEST", Failure(session, "balances", new JsonObject { ["accounts"] = new JsonArray("not a hash") }));
    }

    /// <summary>A transaction as a client would send it (witnesses are not verified in-process).</summary>
    static Transaction Unsigned(neo::Neo.UInt160 sender, uint validUntilBlock) => new()
    {
        Version = 0,
        Nonce = 42,
        SystemFee = 1_000_000,
        NetworkFee = 1_000_000,
        ValidUntilBlock = validUntilBlock,
        Signers = new[] { new Signer { Account = sender, Scopes = WitnessScope.CalledByEntry } },
        Attributes = Array.Empty<TransactionAttribute>(),
        Script = Scripts.Call(new ContractCall(Chain.GasHash, "symbol")),
        Witnesses = new[] { new Witness { InvocationScript = Array.Empty<byte>(), VerificationScript = Array.Empty<byte>() } },
    };

    [Fact]
    public void ExecuteBlock_rejects_what_the_node_would_and_changes_nothing()
    {
        var chain = Chains.New();
        var session = new HostSession(chain);
        var u1 = chain.Accounts["u1"].Hash;   // holds no GAS
        var genesis = chain.Accounts.Genesis.Hash;
        JsonObject Block(Transaction tx) => new() { ["timestamp"] = T0.ToString(), ["transactions"] = new JsonArray(Base64Of(tx)) };
        Assert.Equal("BLOCK_REJECTED", Failure(session, "executeBlock", Block(Unsigned(u1, 100))));               // fees not covered
        Assert.Equal("BLOCK_REJECTED", Failure(session, "executeBlock", Block(Unsigned(genesis, 0))));            // expired
        Assert.Equal("BLOCK_REJECTED", Failure(session, "executeBlock", Block(Unsigned(genesis, 1_000_000))));    // beyond MaxValidUntilBlockIncrement
        Assert.Equal(0u, chain.Height);
        Assert.Equal("BAD_REQUEST", Failure(session, "executeBlock", new JsonObject { ["timestamp"] = T0.ToString(), ["transactions"] = new JsonArray("not base64!") }));
        var symbol = Ok(session, "executeBlock", Block(Unsigned(genesis, 100)))["executions"]![0]!;
        Assert.Equal(("HALT", "R0FT"), ((string)symbol["state"]!, (string)symbol["stack"]![0]!["value"]!));   // "GAS"
    }

    [Fact]
    public void Unknown_ops_and_malformed_lines_are_bad_requests()
    {
        var session = new HostSession(Chains.New());
        Assert.Equal("BAD_REQUEST", Failure(session, "mine"));
        Assert.Equal("BAD_REQUEST", Failure(session, "storage", new JsonObject { ["contract"] = "0x12" }));
        var garbage = JsonNode.Parse(session.Handle("{not json"))!;
        Assert.Null(garbage["id"]);
        Assert.Equal("BAD_REQUEST", (string)garbage["code"]!);
        Assert.Equal(GenesisHash, (string)Ok(session, "tip")["hash"]!);  // and the session goes on
    }

    [Fact]
    public void Storage_of_a_hash_without_a_contract_is_empty_and_of_gas_sorted()
    {
        var session = new HostSession(Chains.New());
        var none = Ok(session, "storage", new JsonObject { ["contract"] = "1234567890abcdef1234567890abcdef12345678" });
        Assert.Empty(none["entries"]!.AsArray());
        var keys = Ok(session, "storage", new JsonObject { ["contract"] = Chain.GasHash.ToString() })["entries"]!.AsArray()
            .Select(e => (string)e!["key"]!).ToList();
        Assert.NotEmpty(keys);
        Assert.Equal(keys.OrderBy(k => k, StringComparer.Ordinal), keys);   // lower hex: string order = byte order
    }

    [Fact]
    public void Storage_ifChanged_says_unchanged_only_for_a_contract_the_last_block_left_alone()
    {
        var chain = Chains.New();
        var session = new HostSession(chain);
        var genesis = chain.Accounts.Genesis.Hash;
        var admin = chain.Accounts["admin"].Hash;
        var policy = "0xcc5e4edd9f5f8dba8bb65734541df7a1c081c67b";
        JsonNode IfChanged(string contract) => Ok(session, "storage", new JsonObject { ["contract"] = contract, ["ifChanged"] = true });
        chain.ExecuteBlock(T0, new[] { TxRequest.Call(new ContractCall(Chain.GasHash, "transfer", genesis, admin, 5 * Chain.OneGas, null), TxSigner.CalledByEntry(genesis)) });
        // The transfer (and the fees) changed GAS's storage; nothing changed the policy's.
        Assert.True((bool)IfChanged(policy)["unchanged"]!);
        var gas = IfChanged(Chain.GasHash.ToString());
        Assert.Null(gas["unchanged"]);
        Assert.Equal(Ok(session, "storage", new JsonObject { ["contract"] = Chain.GasHash.ToString() }).ToJsonString(), gas.ToJsonString());
        // Not known after a restore, nor for a hash without a contract: the entries.
        int state = (int)Ok(session, "fork")["state"]!;
        Ok(session, "restore", new JsonObject { ["state"] = state });
        Assert.NotEmpty(IfChanged(policy)["entries"]!.AsArray());
        Assert.Empty(IfChanged("1234567890abcdef1234567890abcdef12345678")["entries"]!.AsArray());
        Assert.Equal("BAD_REQUEST", Failure(session, "storage", new JsonObject { ["contract"] = policy, ["ifChanged"] = "yes" }));
    }

    [Fact]
    public void Fork_and_restore_return_to_the_old_tip()
    {
        var session = new HostSession(Chains.New());
        int state = (int)Ok(session, "fork")["state"]!;
        Ok(session, "executeBlock", new JsonObject { ["timestamp"] = T0.ToString(), ["transactions"] = new JsonArray() });
        Assert.Equal(1, (int)Ok(session, "tip")["index"]!);
        var tip = Ok(session, "restore", new JsonObject { ["state"] = state });
        Assert.Equal((0, GenesisHash), ((int)tip["index"]!, (string)tip["hash"]!));
        Assert.Empty(Ok(session, "drop", new JsonObject { ["state"] = state }).AsObject());
        Assert.Equal("BAD_REQUEST", Failure(session, "restore", new JsonObject { ["state"] = state }));
    }

    [Fact]
    public void A_batch_answers_each_entry_and_a_bad_one_stops_nothing()
    {
        var session = new HostSession(Chains.New());
        var results = Ok(session, "batch", new JsonObject
        {
            ["requests"] = new JsonArray(
                new JsonObject { ["op"] = "executeBlock", ["timestamp"] = T0.ToString(), ["transactions"] = new JsonArray() },
                new JsonObject { ["op"] = "restore", ["state"] = 99 },
                new JsonObject { ["op"] = "batch", ["requests"] = new JsonArray() },
                new JsonObject { ["op"] = "tip" }),
        })["results"]!.AsArray();
        Assert.Equal(new[] { true, false, false, true }, results.Select(r => (bool)r!["ok"]!));
        Assert.Equal(new[] { "BAD_REQUEST", "BAD_REQUEST" }, results.Where(r => !(bool)r!["ok"]!).Select(r => (string)r!["code"]!));
        Assert.Equal(1, (int)results[3]!["result"]!["index"]!);
    }

    [Fact]
    public void The_host_process_answers_hello_and_tip_on_its_stdio()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MiniApp.Engine.Host.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing (copied by the ProjectReference)");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(Paths.ChainFile);
        using var host = Process.Start(start)!;
        host.ErrorDataReceived += (_, _) => { };   // drained so a chatty stderr cannot block the host
        host.BeginErrorReadLine();
        host.StandardInput.WriteLine("{\"id\":1,\"op\":\"hello\"}");
        host.StandardInput.WriteLine("{\"id\":2,\"op\":\"tip\"}");
        host.StandardInput.Close();   // EOF: the host answers what it read, then exits 0
        var hello = JsonNode.Parse(host.StandardOutput.ReadLine()!)!;
        var tip = JsonNode.Parse(host.StandardOutput.ReadLine()!)!;
        Assert.Null(host.StandardOutput.ReadLine());
        Assert.True(host.WaitForExit(30_000));
        Assert.Equal(0, host.ExitCode);
        Assert.Equal((1, true, GenesisHash), ((int)hello["id"]!, (bool)hello["ok"]!, (string)hello["result"]!["genesisHash"]!));
        Assert.Equal((2, 0), ((int)tip["id"]!, (int)tip["result"]!["index"]!));
    }
}
