using Neo;
using Neo.Persistence;
using Neo.SmartContract;
using Neo.SmartContract.Native;
using Neo.VM;
using ExecutionContext = Neo.VM.ExecutionContext;

namespace MiniApp.Engine;

/// <summary>
/// Contract coverage of a campaign (issue #15): how often each instruction of each contract ran,
/// and which way each conditional jump went, summed over every transaction the chain persists and
/// every test invocation, keyed by script hash. Fee-measuring dry runs are not counted (they repeat
/// the transaction that follows them). Reported per NEF checksum by <see cref="Report"/>, so the
/// same contract deployed in many worlds adds up.
/// </summary>
public sealed class CoverageMap
{
    internal readonly Dictionary<UInt160, Dictionary<int, long>> Hits = new();
    internal readonly Dictionary<UInt160, Dictionary<int, BranchCount>> Branches = new();
    /// <summary>
    /// Each hash's contract as it was when it first ran (null: an entry script or a native), so a
    /// world restored away later still reports what ran in it.
    /// </summary>
    internal readonly Dictionary<UInt160, (string Name, uint Checksum)?> Identity = new();

    /// <summary>A recorder for one engine run.</summary>
    public IDiagnostic Recorder() => new CoverageRecorder(this);

    public void Clear()
    {
        Hits.Clear();
        Branches.Clear();
        Identity.Clear();
    }

    internal void Identify(UInt160 hash, DataCache snapshot)
    {
        if (Identity.ContainsKey(hash)) return;
        var contract = NativeContract.ContractManagement.GetContract(snapshot, hash);
        Identity[hash] = contract is null || contract.Id < 0 ? null : (contract.Manifest.Name, contract.Nef.CheckSum);
    }

    /// <summary>What ran, by deployed contract (entry scripts and natives left out), merged by NEF checksum.</summary>
    public IReadOnlyList<ContractCoverage> Report()
    {
        var byChecksum = new SortedDictionary<uint, ContractCoverage>();
        foreach (var (hash, hits) in Hits)
        {
            if (Identity.GetValueOrDefault(hash) is not var (name, checksum)) continue;
            if (!byChecksum.TryGetValue(checksum, out var c))
                byChecksum[checksum] = c = new ContractCoverage(name, checksum, new(), new());
            foreach (var (ip, n) in hits) c.Instructions[ip] = c.Instructions.GetValueOrDefault(ip) + n;
            if (Branches.TryGetValue(hash, out var branches))
                foreach (var (ip, b) in branches)
                {
                    var sum = c.Branches.GetValueOrDefault(ip);
                    c.Branches[ip] = new BranchCount(sum.Taken + b.Taken, sum.NotTaken + b.NotTaken);
                }
        }
        return byChecksum.Values.ToList();
    }
}

public readonly record struct BranchCount(long Taken, long NotTaken);

/// <summary>One contract's counts: instruction offset → hits, conditional jump offset → directions.</summary>
public sealed record ContractCoverage(string Name, uint Checksum, SortedDictionary<int, long> Instructions, SortedDictionary<int, BranchCount> Branches);

/// <summary>
/// Counts as the engine runs: NeoVM calls Pre before and Post after each instruction; a
/// conditional jump that was taken has moved the instruction pointer by then (the VM moves to the
/// next instruction only after Post), one that was not has left it where it was.
/// </summary>
sealed class CoverageRecorder : IDiagnostic
{
    readonly CoverageMap map;
    ApplicationEngine engine = null!;
    ExecutionContext? jumpContext;
    int jumpIp;
    UInt160? jumpHash;

    public CoverageRecorder(CoverageMap map) => this.map = map;

    public void Initialized(ApplicationEngine engine) => this.engine = engine;
    public void Disposed() { }
    public void ContextLoaded(ExecutionContext context) { }
    public void ContextUnloaded(ExecutionContext context) { }

    public void PreExecuteInstruction(Instruction instruction)
    {
        var context = engine.CurrentContext;
        if (context is null) return;
        var hash = context.GetScriptHash();
        if (!map.Hits.TryGetValue(hash, out var hits))
        {
            map.Hits[hash] = hits = new();
            map.Identify(hash, engine.Snapshot);
        }
        var ip = context.InstructionPointer;
        hits[ip] = hits.GetValueOrDefault(ip) + 1;
        if (IsConditionalJump(instruction.OpCode))
        {
            jumpContext = context;
            jumpIp = ip;
            jumpHash = hash;
        }
        else jumpContext = null;
    }

    public void PostExecuteInstruction(Instruction instruction)
    {
        if (jumpContext is null) return;
        bool taken = jumpContext.InstructionPointer != jumpIp;
        if (!map.Branches.TryGetValue(jumpHash!, out var branches)) map.Branches[jumpHash!] = branches = new();
        var b = branches.GetValueOrDefault(jumpIp);
        branches[jumpIp] = taken ? b with { Taken = b.Taken + 1 } : b with { NotTaken = b.NotTaken + 1 };
        jumpContext = null;
    }

    internal static bool IsConditionalJump(OpCode op) => op is >= OpCode.JMPIF and <= OpCode.JMPLE_L;
}
