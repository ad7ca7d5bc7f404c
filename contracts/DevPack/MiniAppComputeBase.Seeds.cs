// Spec: devpack.md §5 MiniAppComputeBase — operation seeds at 22‖bytes(opId).
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public abstract partial class MiniAppComputeBase
    {
        /// <summary>The seed of an operation (null if none); also the protected GetOperationSeed.</summary>
        [Safe]
        public static ByteString GetOperationSeed(BigInteger operationId)
        {
            return Read(IntegerKey(PREFIX_OPERATION_SEED, operationId));
        }

        /// <summary>seed = H(bytes(opId) ‖ h160(user) ‖ utf8(name) ‖ bytes(Runtime.Time) ‖ h160(ExecutingScriptHash));
        /// 22‖bytes(opId) := seed; returns seed (32 bytes).</summary>
        protected static ByteString GenerateOperationSeed(BigInteger operationId, UInt160 user, string scriptName)
        {
            ByteString material = Helper.Concat((ByteString)operationId, user);
            material = Helper.Concat(material, scriptName);
            material = Helper.Concat(material, (ByteString)Now());
            material = Helper.Concat(material, Runtime.ExecutingScriptHash);
            ByteString seed = H(material);
            Write(IntegerKey(PREFIX_OPERATION_SEED, operationId), seed);
            return seed;
        }

        protected static void DeleteOperationSeed(BigInteger operationId)
        {
            DeleteKey(IntegerKey(PREFIX_OPERATION_SEED, operationId));
        }
    }
}
