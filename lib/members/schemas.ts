// The forms of the members page and of the invitation page: one zod schema each, checked in the browser
// (react-hook-form + zodResolver) and parsed again on the server, so a rule cannot differ between them.
import { z } from "zod";
import type { Queue, Role } from "@/lib/db/generated/enums";
import { plainText } from "@/lib/http/plain-text";

export const ROLES = ["OWNER", "ADMIN", "OFFICER", "VIEWER"] as const satisfies readonly Role[];
export const QUEUES = ["CONTROLLER", "PROCESSOR"] as const satisfies readonly Queue[];

/** Who may be given a role: only an owner makes someone an owner. */
export function assignableRoles(actorRole: Role): Role[] {
  return actorRole === "OWNER" ? [...ROLES] : ROLES.filter((r) => r !== "OWNER");
}

export const MIN_PASSWORD_LENGTH = 12;

const emailToInvite = z
  .string({ error: "Enter the email address of the person to invite." })
  .trim()
  .toLowerCase()
  .min(1, "Enter the email address of the person to invite.")
  .max(254, "An email address can be at most 254 characters.")
  .pipe(z.email({ error: "Enter an email address like name@example.com." }));

const role = z.enum(ROLES, { error: "Choose a role." });

/** "Invite someone": their address and the role they will have. */
export const inviteSchema = z.object({ email: emailToInvite, role });
export type InviteInput = z.input<typeof inviteSchema>;

/** A member's role and the queues whose unassigned requests they are reminded of. */
export const changeMemberSchema = z.object({
  role,
  // Checkboxes: none ticked arrives as nothing at all.
  queues: z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(QUEUES, { error: "Choose the controller or the processor queue." })),
  ),
});
export type ChangeMemberInput = z.input<typeof changeMemberSchema>;

/** An invitee without an account creates one: their name and a password, typed twice. */
export const newAccountSchema = z
  .object({
    name: plainText({ error: "Enter your name." })
      .trim()
      .min(1, "Enter your name.")
      .max(200, "A name can be at most 200 characters."),
    password: z
      .string({ error: "Choose a password." })
      .min(MIN_PASSWORD_LENGTH, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
      // Long enough for any passphrase, short enough that hashing it costs nothing unusual.
      .max(1024, "A password can be at most 1024 characters."),
    confirm: z.string({ error: "Type the password again." }).min(1, "Type the password again."),
  })
  .superRefine((input, ctx) => {
    if (input.confirm && input.password !== input.confirm) {
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "The two passwords are not the same." });
    }
  });
export type NewAccountInput = z.input<typeof newAccountSchema>;

/** Field errors as `{ field: [messages] }`. */
export function fieldErrorsOf(error: z.ZodError): Partial<Record<string, string[]>> {
  return z.flattenError(error).fieldErrors as Partial<Record<string, string[]>>;
}
