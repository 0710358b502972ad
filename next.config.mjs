// Next.js configuration. The database drivers and the password hasher stay outside the bundle:
// PGlite loads its WASM from its own package folder, and bundling it makes every page answer 500.
// next-intl reads each page's language and catalog from lib/i18n/request.ts (docs/decisions/0011-languages.md).
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@node-rs/argon2", "nodemailer"],
  poweredByHeader: false,
  // Staff attach up to 50 MB of answer files to a request (lib/files/check-upload.ts) through a server
  // action. The limit is global to server actions; every action still checks its own input's size.
  experimental: { serverActions: { bodySizeLimit: "52mb" } },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      // No page may be framed by another site, except the embeddable request form (app/(embed)), which
      // organizations put in their own websites by design: it files nothing until the subject confirms by email.
      {
        source: "/:path((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      },
      {
        source: "/embed/:path*",
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
