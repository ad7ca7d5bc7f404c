// Spec: platform.md §2 ServiceLayerGateway "Storage" — the Request record at 03‖bytes(requestId).
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;

namespace MiniApps.Platform
{
    /// <summary>Struct [Id, AppId, ServiceType, Payload, CallbackContract, CallbackMethod, Requester,
    /// Status (0 pending, 1 fulfilled, 2 failed), CreatedAt, FulfilledAt, Success, Result, Error].</summary>
    public struct Request
    {
        public BigInteger Id;
        public string AppId;
        public string ServiceType;
        public ByteString Payload;
        public UInt160 CallbackContract;
        public string CallbackMethod;
        public UInt160 Requester;
        public BigInteger Status;
        public BigInteger CreatedAt;
        public BigInteger FulfilledAt;
        public bool Success;
        public ByteString Result;
        public string Error;
    }
}
