// Addresses an organization cannot take: a portal lives at /{slug} and a workspace at /dashboard/{slug}, so a
// slug must never be the name of one of the app's own routes (a test checks every route folder of app/ is
// listed) nor of one we are likely to add.
const RESERVED = new Set([
  // Routes of the app today: top-level (app/, app/(group)/) and under /dashboard.
  "account",
  "api",
  "dashboard",
  "dev",
  "embed",
  "invitations",
  "organizations",
  "sign-in",
  // Next.js and the web's well-known names.
  "_next",
  "favicon",
  "robots",
  "sitemap",
  "static",
  "public",
  "assets",
  "well-known",
  // Names a future route or a phishing page would want.
  "about",
  "admin",
  "auth",
  "help",
  "health",
  "login",
  "logout",
  "new",
  "privacy",
  "register",
  "rightsdesk",
  "security",
  "settings",
  "sign-out",
  "sign-up",
  "signin",
  "signout",
  "signup",
  "status",
  "support",
  "terms",
  "www",
]);

export function isReservedSlug(slug: string): boolean {
  return RESERVED.has(slug.toLowerCase());
}
