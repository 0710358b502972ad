// /dashboard/{orgSlug}/settings — owners and admins run their organization here: its profile and portal look,
// what the portal takes in, and the deadline policy. Everyone else gets the 404 of a page that is not there.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { CSSProperties } from "react";
import { EmbedSnippets } from "@/components/settings/embed-snippets";
import { SettingsForm, type SettingsField } from "@/components/settings/settings-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { extensionMaxInWords, REGIMES } from "@/lib/deadlines/regimes";
import { getEnv } from "@/lib/env";
import { formatBytes } from "@/lib/files/check-upload";
import { getOrganizationSettings } from "@/lib/organizations/get-organization-settings";
import {
  CLOCK_STARTS,
  isAccentColor,
  JURISDICTION_REGIMES,
  LOCALES,
  localeLabel,
  MAX_LOGO_BYTES,
  ORGANIZATION_REGIMES,
  QUEUES,
} from "@/lib/organizations/settings-schemas";
import { COUNTRIES_OF_ORGANIZATIONS, JURISDICTIONS } from "@/lib/requests/jurisdictions";
import { queueLabel, regimeLabel, REQUEST_TYPES, requestTypeDescription, requestTypeLabel, ukRegionLabel } from "@/lib/requests/labels";
import { UK_REGIONS } from "@/lib/deadlines";
import styles from "@/components/settings/settings.module.css";
import {
  addCustomerAction,
  addRelationshipAction,
  moveRelationshipAction,
  removeCustomerAction,
  removeLogoAction,
  removeRelationshipAction,
  saveDeadlinePolicyAction,
  saveProfileAction,
  saveRequestTypesAction,
  updateCustomerAction,
  updateRelationshipAction,
  uploadLogoAction,
} from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings", robots: { index: false, follow: false } };

// Which laws ignore the choice: from each module's clock rule.
const CLOCK_START_HINT = [
  `${JURISDICTION_REGIMES.filter((r) => REGIMES[r].clock.start === "RECEIPT").map((r) => regimeLabel[r]).join(", ")} requests always count from arrival, whatever you choose.`,
  ...JURISDICTION_REGIMES.filter((r) => REGIMES[r].clock.start === "RECEIPT_IDENTITY_PAUSED").map(
    (r) => `${regimeLabel[r]} requests count from arrival, without the days the person takes to confirm.`,
  ),
].join(" ");

function timeZoneOptions(current: string) {
  const zones = Intl.supportedValuesOf("timeZone");
  return (zones.includes(current) ? zones : [current, ...zones]).map((z) => ({ value: z, label: z.replaceAll("_", " ") }));
}

function relationshipFields(): SettingsField[] {
  return [
    { kind: "text", name: "label", label: "What the person chooses", hint: "In their words, e.g. “I have an account”.", required: true },
    { kind: "textarea", name: "description", label: "Explanation (optional)", hint: "Shown under the choice on the request form.", rows: 2 },
    {
      kind: "radios",
      name: "queue",
      label: "Who decides about this data?",
      required: true,
      options: [
        { value: "CONTROLLER", label: queueLabel.CONTROLLER, description: "You decide how the data is used: you answer the request yourselves." },
        { value: "PROCESSOR", label: queueLabel.PROCESSOR, description: "You hold the data for a customer, who decides: requests are forwarded to them." },
      ],
    },
    {
      kind: "conditional",
      when: { field: "queue", values: ["PROCESSOR"] },
      fields: [
        {
          kind: "text",
          name: "controllerPrompt",
          label: "Question about the customer (optional)",
          hint: "Asked on the request form, e.g. “Which website did you use?”.",
        },
      ],
    },
  ];
}

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<{ created?: string }> };

export default async function SettingsPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const isNew = (await searchParams).created === "1";
  const context = await requireMembership(orgSlug);
  if (!can(context.role, "admin")) notFound();
  const org = await getOrganizationSettings(context.organization.id);
  const slug = org.slug;
  const accent = isAccentColor(org.accentColor) ? ({ "--org-accent": org.accentColor } as CSSProperties) : undefined;

  return (
    <div className={styles.page}>
      <PageHeader
        eyebrow={org.name}
        title="Settings"
        description={
          <p>
            Changes take effect as soon as you save them, on the portal at <Link href={`/${slug}`}>/{slug}</Link> and for your team. Each
            one is recorded in the audit log with what it replaced.
          </p>
        }
      />
      {isNew ? (
        <Alert tone="success" title={`${org.name} is ready`}>
          <p>
            Its portal is open at <Link href={`/${slug}`}>/{slug}</Link>. Look over the profile, what people can ask for and the deadline
            policy below; then invite your team.
          </p>
        </Alert>
      ) : null}
      <nav aria-label="Settings sections">
        <ul className={styles.toc}>
          <li>
            <a href="#profile">Profile</a>
          </li>
          <li>
            <a href="#intake">Request intake</a>
          </li>
          <li>
            <a href="#deadlines">Deadline policy</a>
          </li>
          <li>
            <a href="#embed">Form on your website</a>
          </li>
        </ul>
      </nav>

      <section id="profile" className={styles.part} aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <SettingsForm
          id="profile-form"
          label="Profile"
          action={saveProfileAction.bind(null, slug)}
          schema="profile"
          submitLabel="Save profile"
          defaults={{
            name: org.name,
            legalName: org.legalName,
            tagline: org.tagline ?? "",
            website: org.website ?? "",
            policyUrl: org.policyUrl ?? "",
            privacyEmail: org.privacyEmail,
            privacyContactName: org.privacyContactName ?? "",
            postalAddress: org.postalAddress ?? "",
            country: org.country,
            defaultJurisdiction: org.defaultJurisdiction,
            regulatorName: org.regulatorName ?? "",
            regulatorUrl: org.regulatorUrl ?? "",
            laws: org.laws.join("\n"),
            regimes: org.regimes,
            timeZone: org.timeZone,
            locale: org.locale,
            accentColor: org.accentColor ?? "",
          }}
          fields={[
            {
              kind: "section",
              title: "Who you are",
              fields: [
                { kind: "text", name: "name", label: "Name", hint: "As people know you; the portal's title.", required: true },
                { kind: "text", name: "legalName", label: "Legal name", hint: "The entity responsible for the data.", required: true },
                { kind: "text", name: "tagline", label: "Tagline (optional)", hint: "One line under the name on the portal." },
                { kind: "url", name: "website", label: "Website (optional)", placeholder: "https://www.example.com" },
                { kind: "url", name: "policyUrl", label: "Privacy policy address (optional)", placeholder: "https://www.example.com/privacy" },
              ],
            },
            {
              kind: "section",
              title: "Privacy contact",
              fields: [
                { kind: "email", name: "privacyEmail", label: "Privacy team's email address", hint: "Shown on the portal.", required: true, width: "medium" },
                { kind: "text", name: "privacyContactName", label: "Contact name (optional)", hint: "A person or a role, e.g. Data Protection Officer." },
                { kind: "textarea", name: "postalAddress", label: "Postal address (optional)", rows: 3 },
                {
                  kind: "select",
                  name: "country",
                  label: "Country",
                  required: true,
                  options: COUNTRIES_OF_ORGANIZATIONS.map((c) => ({ value: c.code, label: c.name })),
                },
              ],
            },
            {
              kind: "section",
              title: "Laws and regulator",
              fields: [
                {
                  kind: "text",
                  name: "regulatorName",
                  label: "Regulator (optional)",
                  hint: "Where people can complain, e.g. Office of the Privacy Commissioner.",
                },
                { kind: "url", name: "regulatorUrl", label: "Regulator's web address (optional)", hint: "Must start with https://.", placeholder: "https://" },
                { kind: "textarea", name: "laws", label: "Laws you follow (optional)", hint: "One per line, as the portal should list them.", rows: 3 },
                {
                  kind: "checkboxes",
                  name: "regimes",
                  label: "Laws whose deadlines you apply",
                  hint: "A request from someone these laws protect gets the law's deadline instead of your own deadline policy.",
                  options: JURISDICTION_REGIMES.map((r) => ({ value: r, label: regimeLabel[r], description: REGIMES[r].covers ?? undefined })),
                },
                {
                  kind: "select",
                  name: "defaultJurisdiction",
                  label: "Where most people who ask live",
                  hint: "Preselected when staff record a request received by email or phone. The public form never assumes it: people choose where they live, from an empty field or a suggestion from their browser's language.",
                  required: true,
                  options: JURISDICTIONS.map((j) => ({ value: j.code, label: j.name })),
                },
              ],
            },
            {
              kind: "section",
              title: "Region, language and look",
              fields: [
                {
                  kind: "select",
                  name: "timeZone",
                  label: "Time zone",
                  hint: "Due dates end at midnight here, and reminders go out on this calendar.",
                  required: true,
                  options: timeZoneOptions(org.timeZone),
                },
                { kind: "select", name: "locale", label: "Default language", required: true, options: LOCALES.map((l) => ({ value: l, label: localeLabel[l] })) },
                {
                  kind: "text",
                  name: "accentColor",
                  label: "Accent colour (optional)",
                  hint: (
                    <>
                      A colour as # and six hex digits, like #1b4a7a. It edges your name and logo on the portal.
                      {accent ? (
                        <>
                          {" "}
                          Now: <span className={styles.swatch} style={accent} aria-hidden="true" /> {org.accentColor}.
                        </>
                      ) : null}
                    </>
                  ),
                  width: "short",
                  placeholder: "#1b4a7a",
                },
              ],
            },
          ]}
        />

        <h3>Logo</h3>
        {org.logo ? (
          <div className={styles.logoPreview}>
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={`/${slug}/logo?v=${org.logo.sha256.slice(0, 16)}`} alt={`${org.name}'s current logo`} />
            <span className="text-muted">
              {org.logo.contentType === "image/png" ? "PNG" : "JPEG"}, {formatBytes(org.logo.size)}
            </span>
          </div>
        ) : (
          <p className="text-muted">No logo yet: the portal shows your name alone.</p>
        )}
        <SettingsForm
          id="logo-form"
          label="Upload a logo"
          action={uploadLogoAction.bind(null, slug)}
          schema="logo"
          submitLabel={org.logo ? "Replace the logo" : "Upload the logo"}
          pendingLabel="Uploading…"
          variant="secondary"
          resetOnSuccess
          fields={[
            {
              kind: "file",
              name: "logo",
              label: "Logo file",
              hint: `A PNG or JPEG image of at most ${formatBytes(MAX_LOGO_BYTES)}, shown 48 pixels high beside your name.`,
              accept: "image/png,image/jpeg",
              required: true,
            },
          ]}
        />
        {org.logo ? (
          <SettingsForm id="logo-remove" label="Remove the logo" action={removeLogoAction.bind(null, slug)} schema="none" fields={[]} submitLabel="Remove the logo" variant="danger" pendingLabel="Removing…" />
        ) : null}
      </section>

      <section id="intake" className={styles.part} aria-labelledby="intake-heading">
        <h2 id="intake-heading">Request intake</h2>
        <SettingsForm
          id="types-form"
          label="Request types"
          action={saveRequestTypesAction.bind(null, slug)}
          schema="requestTypes"
          submitLabel="Save request types"
          defaults={{ requestTypes: org.requestTypes }}
          fields={[
            {
              kind: "checkboxes",
              name: "requestTypes",
              label: "What people can ask for",
              hint: "The portal offers these, in this order. Offer at least one.",
              required: true,
              options: REQUEST_TYPES.map((t) => ({ value: t, label: requestTypeLabel[t], description: requestTypeDescription[t] })),
            },
          ]}
        />

        <h3 id="relationships-heading">How people know you</h3>
        <p className="text-muted">
          The request form asks which of these applies. It decides the queue a request lands in. A relationship a request was made
          under cannot be removed, but you can reword it.
        </p>
        <ol className={styles.items} aria-labelledby="relationships-heading">
          {org.relationships.map((r, index) => (
            <li key={r.id}>
              <div className={styles.itemHead}>
                <span className={styles.itemTitle}>{r.label}</span>
                <span className={styles.itemMeta}>
                  {queueLabel[r.queue]} · {r.requestCount} {r.requestCount === 1 ? "request" : "requests"}
                </span>
              </div>
              {r.description ? <p className="text-muted">{r.description}</p> : null}
              <div className={styles.itemButtons}>
                {index > 0 ? (
                  <SettingsForm
                    id={`rel-up-${r.id}`}
                    label={`Move “${r.label}” up`}
                    action={moveRelationshipAction.bind(null, slug, r.id, "up")}
                    schema="none"
                    fields={[]}
                    submitLabel="Move up"
                    variant="quiet"
                    pendingLabel="Moving…"
                  />
                ) : null}
                {index < org.relationships.length - 1 ? (
                  <SettingsForm
                    id={`rel-down-${r.id}`}
                    label={`Move “${r.label}” down`}
                    action={moveRelationshipAction.bind(null, slug, r.id, "down")}
                    schema="none"
                    fields={[]}
                    submitLabel="Move down"
                    variant="quiet"
                    pendingLabel="Moving…"
                  />
                ) : null}
                <SettingsForm
                  id={`rel-remove-${r.id}`}
                  label={`Remove “${r.label}”`}
                  action={removeRelationshipAction.bind(null, slug, r.id)}
                  schema="none"
                  fields={[]}
                  submitLabel="Remove"
                  variant="quiet"
                  pendingLabel="Removing…"
                />
              </div>
              <details className={styles.details}>
                <summary>
                  Edit<span className="visually-hidden"> “{r.label}”</span>
                </summary>
                <SettingsForm
                  id={`rel-edit-${r.id}`}
                  label={`Edit “${r.label}”`}
                  action={updateRelationshipAction.bind(null, slug, r.id)}
                  schema="relationship"
                  submitLabel="Save relationship"
                  defaults={{ label: r.label, description: r.description ?? "", queue: r.queue, controllerPrompt: r.controllerPrompt ?? "" }}
                  fields={relationshipFields()}
                />
              </details>
            </li>
          ))}
        </ol>
        <details className={styles.details}>
          <summary>Add a relationship</summary>
          <SettingsForm
            id="rel-add"
            label="Add a relationship"
            action={addRelationshipAction.bind(null, slug)}
            schema="relationship"
            submitLabel="Add relationship"
            resetOnSuccess
            defaults={{ queue: QUEUES[0] }}
            fields={relationshipFields()}
          />
        </details>

        <h3 id="customers-heading">Customers</h3>
        <p className="text-muted">
          The controllers you process data for: processor-queue requests are forwarded to their privacy contact. A customer requests
          were forwarded to cannot be removed.
        </p>
        {org.customers.length === 0 ? (
          <p>No customers yet. Staff can also add one when they forward a request.</p>
        ) : (
          <ul className={styles.items} aria-labelledby="customers-heading">
            {org.customers.map((c) => (
              <li key={c.id}>
                <div className={styles.itemHead}>
                  <span className={styles.itemTitle}>{c.name}</span>
                  <span className={styles.itemMeta}>
                    {c.contactEmail} · {c.requestCount} forwarded
                  </span>
                </div>
                <div className={styles.itemButtons}>
                  <SettingsForm
                    id={`customer-remove-${c.id}`}
                    label={`Remove ${c.name}`}
                    action={removeCustomerAction.bind(null, slug, c.id)}
                    schema="none"
                    fields={[]}
                    submitLabel="Remove"
                    variant="quiet"
                    pendingLabel="Removing…"
                  />
                </div>
                <details className={styles.details}>
                  <summary>
                    Edit<span className="visually-hidden"> {c.name}</span>
                  </summary>
                  <SettingsForm
                    id={`customer-edit-${c.id}`}
                    label={`Edit ${c.name}`}
                    action={updateCustomerAction.bind(null, slug, c.id)}
                    schema="customer"
                    submitLabel="Save customer"
                    defaults={{ name: c.name, contactEmail: c.contactEmail }}
                    fields={[
                      { kind: "text", name: "name", label: "Name", required: true },
                      { kind: "email", name: "contactEmail", label: "Privacy contact email", required: true, width: "medium" },
                    ]}
                  />
                </details>
              </li>
            ))}
          </ul>
        )}
        <details className={styles.details}>
          <summary>Add a customer</summary>
          <SettingsForm
            id="customer-add"
            label="Add a customer"
            action={addCustomerAction.bind(null, slug)}
            schema="customer"
            submitLabel="Add customer"
            resetOnSuccess
            fields={[
              { kind: "text", name: "name", label: "Name", required: true },
              { kind: "email", name: "contactEmail", label: "Privacy contact email", hint: "Forwarded requests are emailed here.", required: true, width: "medium" },
            ]}
          />
        </details>
      </section>

      <section id="deadlines" className={styles.part} aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">Deadline policy</h2>
        <p>
          A request is held to the rule in force when it is accepted, and keeps it: a new policy applies to requests accepted from
          now on, and the due dates of requests already in the queue do not move. New reminder points apply at once to every open
          request.
        </p>
        <SettingsForm
          id="policy-form"
          label="Deadline policy"
          action={saveDeadlinePolicyAction.bind(null, slug)}
          schema="deadlinePolicy"
          submitLabel="Save deadline policy"
          defaults={{
            regime: org.regime,
            clockStart: org.clockStart,
            holidayRegion: org.holidayRegion,
            responseDays: String(org.responseDays),
            responseBusinessDays: org.responseBusinessDays,
            extensionMaxDays: String(org.extensionMaxDays),
            reminderDaysBefore: org.reminderDaysBefore.join(", "),
            remindOverdueDaily: org.remindOverdueDaily,
            subjectReplyDays: String(org.subjectReplyDays),
            verificationTtlHours: String(org.verificationTtlHours),
            downloadTtlDays: String(org.downloadTtlDays),
            statusLinkDaysAfterClose: String(org.statusLinkDaysAfterClose),
            retentionMonths: String(org.retentionMonths),
          }}
          fields={[
            {
              kind: "section",
              title: "When a request is due",
              fields: [
                {
                  kind: "radios",
                  name: "regime",
                  label: "Your deadline rule",
                  hint: "For people whose own law you do not apply (Profile → Laws whose deadlines you apply).",
                  required: true,
                  options: ORGANIZATION_REGIMES.map((r) => ({ value: r, label: regimeLabel[r], description: REGIMES[r].summary })),
                },
                {
                  kind: "conditional",
                  when: { field: "regime", values: ["CUSTOM"] },
                  fields: [
                    { kind: "number", name: "responseDays", label: "Days to answer", suffix: "days", hint: "From 1 to 365. The day the clock starts is not counted.", required: true },
                    {
                      kind: "checkbox",
                      name: "responseBusinessDays",
                      label: "Count business days",
                      hint: "Skip Saturdays and Sundays. There is no holiday calendar for your own rule.",
                    },
                  ],
                },
                {
                  kind: "radios",
                  name: "clockStart",
                  label: "When the clock starts",
                  required: true,
                  options: CLOCK_STARTS.map((c) =>
                    c === "VERIFICATION"
                      ? { value: c, label: "When the person confirms their email", description: "The usual start: you know the request is real." }
                      : { value: c, label: "When the request arrives", description: "Stricter: time waiting for the confirmation counts too." },
                  ),
                  hint: CLOCK_START_HINT,
                },
                {
                  kind: "radios",
                  name: "holidayRegion",
                  label: "UK bank holidays",
                  hint: "Under UK GDPR a due date that falls on a bank holiday moves to the next working day. Each part of the UK has its own bank holidays: choose those of the place your privacy team works.",
                  required: true,
                  options: UK_REGIONS.map((r) => ({ value: r, label: ukRegionLabel[r] })),
                },
                {
                  kind: "number",
                  name: "extensionMaxDays",
                  label: "Longest extension",
                  suffix: "days",
                  hint: `Staff may extend a request once. This caps it under the Rightsdesk default and your own rule, in that rule's days; 0 allows none. The laws set their own caps (${JURISDICTION_REGIMES.map((r) => `${regimeLabel[r]}: ${extensionMaxInWords(r)}`).join("; ")}).`,
                  required: true,
                },
              ],
            },
            {
              kind: "section",
              title: "Reminders",
              fields: [
                {
                  kind: "text",
                  name: "reminderDaysBefore",
                  label: "Remind staff this many days before the due day",
                  hint: "Whole days, separated by commas; 0 is the due day itself. E.g. 7, 3, 1, 0. The assignee hears, or while nobody is assigned, the officers of the request's queue. Saving new points reschedules the next reminder of every open request.",
                  width: "medium",
                  required: true,
                },
                {
                  kind: "checkbox",
                  name: "remindOverdueDaily",
                  label: "Remind every day while a request is overdue",
                  hint: "Owners and admins hear about overdue requests too.",
                },
                {
                  kind: "number",
                  name: "subjectReplyDays",
                  label: "Days a person has to answer a question",
                  suffix: "days",
                  hint: "When staff ask the person something, the clock stops until they answer. They are reminded three days before this runs out, and staff hear the day after if no answer came.",
                  required: true,
                },
              ],
            },
            {
              kind: "section",
              title: "Links and retention",
              fields: [
                {
                  kind: "number",
                  name: "verificationTtlHours",
                  label: "Confirmation link works for",
                  suffix: "hours",
                  hint: "The link we email to confirm a new request. Unconfirmed requests never reach the queue.",
                  required: true,
                },
                {
                  kind: "number",
                  name: "downloadTtlDays",
                  label: "Download links work for",
                  suffix: "days",
                  hint: "How long a person can download the files of a completed request from their status page.",
                  required: true,
                },
                {
                  kind: "number",
                  name: "statusLinkDaysAfterClose",
                  label: "Status links work after closing for",
                  suffix: "days",
                  hint: "From 1 to 730. After this, the links to a closed request's status page stop working; the person can ask there for a fresh link by email, which works this long again.",
                  required: true,
                },
                {
                  kind: "number",
                  name: "retentionMonths",
                  label: "Remove a closed request's personal details after",
                  suffix: "months",
                  hint: "The person's name, email, messages and files are then replaced for good; the anonymised record and the audit trail stay.",
                  required: true,
                },
              ],
            },
          ]}
        />
      </section>

      <section id="embed" className={styles.part} aria-labelledby="embed-heading">
        <h2 id="embed-heading">Form on your website</h2>
        <EmbedSnippets appUrl={getEnv().APP_URL} slug={slug} />
      </section>

      <p className="text-muted">
        Running privacy for another organization? <Link href="/dashboard/organizations/new">Create an organization</Link>.
      </p>
    </div>
  );
}
