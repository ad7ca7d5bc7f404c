import { z } from "zod";

/**
 * The part of a contract manifest the pre-run checks read: the ABI with its method offsets
 * (which the NEF check uses to name the method an instruction belongs to). Other manifest
 * fields are not checked here, so they pass through.
 */
const ManifestParameterSchema = z.object({ name: z.string(), type: z.string() });

const ManifestAbiSchema = z.object({
  name: z.string(),
  abi: z.object({
    methods: z.array(z.object({ name: z.string(), parameters: z.array(ManifestParameterSchema), returntype: z.string(), offset: z.number().int(), safe: z.boolean() })),
    events: z.array(z.object({ name: z.string(), parameters: z.array(ManifestParameterSchema) })),
  }),
});

type ManifestAbi = z.infer<typeof ManifestAbiSchema>;
type ManifestMethod = ManifestAbi["abi"]["methods"][number];

export { ManifestAbiSchema };
export type { ManifestAbi, ManifestMethod };
