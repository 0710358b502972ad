// The API keys page's one form: a key's name and scope, checked in the browser and parsed again on the server.
import { z } from "zod";
import type { ApiKeyScope } from "@/lib/db/generated/enums";
import { plainText } from "@/lib/http/plain-text";

export const API_KEY_SCOPES = ["READ", "WRITE"] as const satisfies readonly ApiKeyScope[];

export const apiKeyScopeLabel: Record<ApiKeyScope, string> = {
  READ: "Read",
  WRITE: "Read and write",
};

export const apiKeyScopeDescription: Record<ApiKeyScope, string> = {
  READ: "Lists and reads requests with subjects masked, and exports the request log without names or email addresses.",
  WRITE: "Everything Read allows, reveals subjects (each reveal audited), and works on requests as a privacy officer does: replies, status changes, files.",
};

export const createApiKeySchema = z.object({
  name: plainText({ error: "Name the key, e.g. the system that will use it." })
    .trim()
    .min(1, "Name the key, e.g. the system that will use it.")
    .max(100, "A key's name can be at most 100 characters."),
  scope: z.enum(API_KEY_SCOPES, { error: "Choose what the key may do." }),
});

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
