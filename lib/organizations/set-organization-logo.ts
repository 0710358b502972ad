// Settings → Profile → Logo: a PNG or JPEG of at most 512 KB, decided by its bytes (never by its name or the
// browser's word), stored in the database so every instance serves it from /{orgSlug}/logo. Removable.
import "server-only";
import { createHash } from "node:crypto";
import { sniffBinaryKind, contentTypeOf } from "@/lib/files/sniff-file-type";
import type { ActionResult } from "@/lib/requests/action-result";
import { invalid } from "@/lib/requests/action-result";
import { adminRefusal, auditSetting, runSettingsChange, type SettingsContext } from "./run-settings-change";
import { logoSchema, settingsFieldErrors, type LogoInput } from "./settings-schemas";

export type LogoSaved = { sha256: string | null };

const NOT_AN_IMAGE = "The logo must be a PNG or JPEG image. Other files, SVG and HTML included, are refused.";

export async function uploadOrganizationLogo({ context, input }: { context: SettingsContext; input: LogoInput }): Promise<ActionResult<LogoSaved>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  const parsed = logoSchema.safeParse(input);
  if (!parsed.success) return invalid(settingsFieldErrors(parsed.error));
  const bytes = new Uint8Array(await parsed.data.logo.arrayBuffer());
  const kind = sniffBinaryKind(bytes);
  if (kind !== "png" && kind !== "jpeg") return invalid({ logo: [NOT_AN_IMAGE] });
  const contentType = contentTypeOf(kind);
  const sha256 = createHash("sha256").update(bytes).digest("hex");

  return runSettingsChange(context, async (tx, org) => {
    const previous = await tx.organizationLogo.findUnique({ where: { organizationId: org.id }, select: { sha256: true, contentType: true } });
    if (previous?.sha256 === sha256) return { sha256 };
    await tx.organizationLogo.upsert({
      where: { organizationId: org.id },
      create: { organizationId: org.id, contentType, data: bytes, sha256 },
      update: { contentType, data: bytes, sha256 },
    });
    await auditSetting(tx, context, {
      action: "organization.upload_logo",
      targetType: "Organization",
      targetId: org.id,
      before: { logo: previous ? { sha256: previous.sha256, contentType: previous.contentType } : null },
      after: { logo: { sha256, contentType, size: bytes.length } },
    });
    return { sha256 };
  });
}

export async function removeOrganizationLogo({ context }: { context: SettingsContext }): Promise<ActionResult<LogoSaved>> {
  return runSettingsChange(context, async (tx, org) => {
    const previous = await tx.organizationLogo.findUnique({ where: { organizationId: org.id }, select: { sha256: true, contentType: true } });
    if (!previous) return { sha256: null };
    await tx.organizationLogo.delete({ where: { organizationId: org.id } });
    await auditSetting(tx, context, {
      action: "organization.remove_logo",
      targetType: "Organization",
      targetId: org.id,
      before: { logo: { sha256: previous.sha256, contentType: previous.contentType } },
      after: { logo: null },
    });
    return { sha256: null };
  });
}
