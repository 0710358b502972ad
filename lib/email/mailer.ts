// The one mailer: delivers a message over SMTP (SMTP_URL), or, in development without SMTP, keeps it
// for the development mailbox page (/dev/mailbox), which reads it back from the outbox.
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv, isDevMailboxEnabled } from "@/lib/env";

export type OutgoingEmail = { to: string; subject: string; text: string; html?: string | null };
export type DeliveryResult = { transport: "smtp" | "dev-mailbox" };

let transporter: Transporter | undefined;

function smtp(url: string): Transporter {
  transporter ??= nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as nodemailer.TransportOptions);
  return transporter;
}

export async function deliverEmail(email: OutgoingEmail): Promise<DeliveryResult> {
  const env = getEnv();
  if (env.SMTP_URL) {
    await smtp(env.SMTP_URL).sendMail({
      from: env.MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html ?? undefined,
    });
    return { transport: "smtp" };
  }
  if (isDevMailboxEnabled(env)) return { transport: "dev-mailbox" };
  throw new Error("No way to deliver email: set SMTP_URL");
}
