// /dashboard/{orgSlug}/members — owners and admins (everyone else gets 404): the members with their role,
// the queues they work and their open requests; changing a role or queues, removing someone; the
// invitations still pending, which can be revoked; and inviting someone new.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonForm } from "@/components/members/button-form";
import { InviteForm } from "@/components/members/invite-form";
import { MemberChangeForm } from "@/components/members/member-change-form";
import styles from "@/components/members/members.module.css";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/lib/auth/require-membership";
import { can, roleDescription, roleLabel } from "@/lib/auth/roles";
import { formatDate, formatDateTime } from "@/lib/format/format-date";
import { INVITATION_TTL_DAYS } from "@/lib/members/invite-member";
import { listMembers, type MemberRow } from "@/lib/members/list-members";
import { assignableRoles, QUEUES } from "@/lib/members/schemas";
import { queueLabel } from "@/lib/requests/labels";
import { changeMemberAction, inviteAction, removeMemberAction, revokeInvitationAction } from "./actions";
import { membersDoneMessage } from "./done-messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Members", robots: { index: false, follow: false } };

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<{ done?: string | string[] }> };

function queuesText(member: MemberRow): string {
  return member.queues.length > 0 ? member.queues.map((q) => queueLabel[q]).join(", ") : "None";
}

/** What removing `member` does, said before it is done. */
function removalNotice(member: MemberRow, isSelf: boolean, orgName: string): string {
  const access = `${isSelf ? "You lose" : "They lose"} access to ${orgName} at once.`;
  const n = member.openAssigned;
  if (n === 0) return access;
  const whose = isSelf ? "Your" : "Their";
  const requests = n === 1 ? `${whose} open request becomes` : `${whose} ${n} open requests become`;
  return `${access} ${requests} unassigned, and the queue's privacy officers are reminded of ${n === 1 ? "it" : "them"}.`;
}

export default async function MembersPage({ params, searchParams }: Props) {
  const context = await requireMembership((await params).orgSlug);
  // Not a page of theirs: the same 404 as a page that does not exist.
  if (!can(context.role, "admin")) notFound();
  const { organization, user, role } = context;
  const { members, invitations } = await listMembers(organization.id, new Date());
  const done = membersDoneMessage((await searchParams).done);
  const owners = members.filter((m) => m.role === "OWNER").length;
  const roleOptions = assignableRoles(role).map((r) => ({ value: r, label: roleLabel[r], description: roleDescription[r] }));
  const queueOptions = QUEUES.map((q) => ({ value: q, label: queueLabel[q] }));
  const tz = organization.timeZone;

  return (
    <div className="stack">
      <PageHeader
        eyebrow={organization.name}
        title="Members"
        description={<p>Who works on {organization.name}&apos;s privacy requests, and what each may do. Every change here is recorded in the audit log.</p>}
      />
      {done ? <Alert tone="success">{done}</Alert> : null}

      <section aria-labelledby="members-heading" className="stack">
        <h2 id="members-heading">
          {members.length} {members.length === 1 ? "member" : "members"}
        </h2>
        <div className="table-wrap">
          <table className={`table ${styles.table}`}>
            <caption className="visually-hidden">The members of {organization.name}</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Role</th>
                <th scope="col">Queues they work</th>
                <th scope="col" className={styles.number}>
                  Open requests assigned
                </th>
                <th scope="col">Manage</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => {
                const isSelf = m.userId === user.id;
                const isLastOwner = m.role === "OWNER" && owners <= 1;
                const isOwnerOutOfReach = m.role === "OWNER" && role !== "OWNER";
                const who = m.name || m.email;
                return (
                  <tr key={m.membershipId}>
                    <th scope="row" className={styles.rowHeader}>
                      <div className={styles.member}>
                        <span className={styles.name}>
                          {m.name || m.email}
                          {isSelf ? <span className="badge badge--info">You</span> : null}
                        </span>
                        <span className={styles.email}>{m.email}</span>
                        <span className={styles.joined}>Joined {formatDate(m.joinedAt, tz)}</span>
                      </div>
                    </th>
                    <td>{roleLabel[m.role]}</td>
                    <td>{queuesText(m)}</td>
                    <td className={styles.number}>{m.openAssigned}</td>
                    <td>
                      <div className={styles.manage}>
                        {isOwnerOutOfReach ? (
                          <p className="text-muted">Only an owner can change an owner.</p>
                        ) : (
                          <>
                            <details className={styles.panel}>
                              <summary className={styles.summary}>
                                Change role or queues<span className="visually-hidden"> of {who}</span>
                              </summary>
                              <div className={styles.panelBody}>
                                {isLastOwner ? (
                                  <p className="text-muted">The only owner keeps the owner role until someone else is an owner too.</p>
                                ) : null}
                                <MemberChangeForm
                                  id={`member-${m.membershipId}`}
                                  action={changeMemberAction.bind(null, organization.slug, m.membershipId)}
                                  roles={roleOptions}
                                  queues={queueOptions}
                                  current={{ role: m.role, queues: m.queues }}
                                />
                              </div>
                            </details>
                            {isLastOwner ? null : (
                              <details className={styles.panel}>
                                <summary className={`${styles.summary} ${styles.danger}`}>
                                  {isSelf ? (
                                    "Leave the organization"
                                  ) : (
                                    <>
                                      Remove<span className="visually-hidden"> {who}</span>
                                    </>
                                  )}
                                </summary>
                                <div className={styles.panelBody}>
                                  <ButtonForm
                                    action={removeMemberAction.bind(null, organization.slug, m.membershipId)}
                                    label={isSelf ? "Leave the organization" : `Remove ${who}`}
                                    pendingLabel="Removing…"
                                    variant="danger"
                                    className={styles.confirm}
                                  >
                                    <p>{removalNotice(m, isSelf, organization.name)}</p>
                                  </ButtonForm>
                                </div>
                              </details>
                            )}
                          </>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="invitations-heading" className="stack">
        <h2 id="invitations-heading">Pending invitations</h2>
        {invitations.length === 0 ? (
          <p className="text-muted">No invitation is waiting to be accepted.</p>
        ) : (
          <div className="table-wrap">
            <table className={`table ${styles.table}`}>
              <caption className="visually-hidden">Invitations not accepted yet</caption>
              <thead>
                <tr>
                  <th scope="col">Email address</th>
                  <th scope="col">Role</th>
                  <th scope="col">Invited</th>
                  <th scope="col">Link works until</th>
                  <th scope="col">
                    <span className="visually-hidden">Revoke</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((i) => (
                  <tr key={i.id}>
                    <th scope="row" className={styles.rowHeader}>
                      <span className={styles.email}>{i.email}</span>
                    </th>
                    <td>{roleLabel[i.role]}</td>
                    <td>
                      {formatDate(i.createdAt, tz)}
                      {i.invitedBy ? ` by ${i.invitedBy}` : ""}
                    </td>
                    <td>{formatDateTime(i.expiresAt, tz)}</td>
                    <td>
                      {i.role === "OWNER" && role !== "OWNER" ? null : (
                        <ButtonForm
                          action={revokeInvitationAction.bind(null, organization.slug, i.id)}
                          label={
                            <>
                              Revoke<span className="visually-hidden"> the invitation to {i.email}</span>
                            </>
                          }
                          pendingLabel="Revoking…"
                          variant="secondary"
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <Card as="section" aria-labelledby="invite-heading" className={styles.invite}>
        <h2 id="invite-heading">Invite someone</h2>
        <p className="text-muted">
          They join with the role you choose once they accept. Someone without a Rightsdesk account creates one from the email. A new
          invitation to the same address replaces the one pending.
        </p>
        <InviteForm action={inviteAction.bind(null, organization.slug)} roles={roleOptions} ttlDays={INVITATION_TTL_DAYS} />
      </Card>
    </div>
  );
}
