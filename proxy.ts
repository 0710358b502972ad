// Passes each page's path to the server components (layouts cannot read the URL), so the root layout
// can tell a portal page (the subject's language) from a staff page (English).
import { NextResponse, type NextRequest } from "next/server";
import { PAGE_PATH_HEADER } from "@/lib/i18n/page-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PAGE_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not Next's own files, not files with an extension (logos are served under /{org}/logo).
  matcher: ["/((?!_next/|api/|.*\\.[a-z0-9]+$).*)"],
};
