// The Idempotency-Key header of the public filing endpoint: what a client may send, parsed once here.
import { z } from "zod";

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

/** 1–255 printable ASCII characters (a UUID is the usual choice), as in the IETF draft's examples. */
export const idempotencyKeySchema = z
  .string()
  .min(1, "Idempotency-Key must not be empty.")
  .max(255, "Idempotency-Key must be at most 255 characters.")
  .regex(/^[\x20-\x7e]+$/, "Idempotency-Key must be printable ASCII characters.");
