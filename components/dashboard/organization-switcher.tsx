"use client";
// The organization being worked on, and a menu of the member's other organizations with their role.
// A native <details> menu: it opens and works without JavaScript.
import Link from "next/link";
import { useParams } from "next/navigation";
import { useRef } from "react";
import styles from "./organization-switcher.module.css";

export type SwitcherOrganization = { slug: string; name: string; roleLabel: string };

export function OrganizationSwitcher({ organizations }: { organizations: SwitcherOrganization[] }) {
  const params = useParams<{ orgSlug?: string }>();
  const menu = useRef<HTMLDetailsElement>(null);
  const current = organizations.find((o) => o.slug === params.orgSlug);

  if (organizations.length <= 1 || !current) {
    if (!current) return null;
    return (
      <p className={styles.current}>
        <span className={styles.name}>{current.name}</span> <span className={styles.role}>{current.roleLabel}</span>
      </p>
    );
  }

  return (
    <details ref={menu} className={styles.switcher}>
      <summary className={styles.summary}>
        <span className="visually-hidden">Organization: </span>
        <span className={styles.name}>{current.name}</span> <span className={styles.role}>{current.roleLabel}</span>
        <span className="visually-hidden"> (switch organization)</span>
      </summary>
      <ul className={styles.menu}>
        {organizations.map((o) => (
          <li key={o.slug}>
            <Link
              href={`/dashboard/${o.slug}/queue`}
              aria-current={o.slug === current.slug ? "true" : undefined}
              className={styles.option}
              onClick={() => menu.current?.removeAttribute("open")}
            >
              <span className={styles.name}>{o.name}</span>
              <span className={styles.role}>{o.roleLabel}</span>
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
