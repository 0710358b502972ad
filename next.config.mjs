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
  // proxy.ts runs before every request, and Next.js buffers a body for it only up to proxyClientMaxBodySize
  // (10 MB by default), silently cutting larger uploads: the same 52 MB here. serverActions.allowedOrigins
  // stays unset on purpose: actions are accepted only from our own origin (Origin must match Host).
  experimental: { serverActions: { bodySizeLimit: "52mb" }, proxyClientMaxBodySize: "52mb" },
  typedRoutes: false,
  // Security headers (CSP with a nonce per request, HSTS, framing, nosniff…) are set in one place: proxy.ts.
};

export default withNextIntl(nextConfig);
