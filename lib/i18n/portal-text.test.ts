// No hard-coded words in what the portal renders: every JSX text and every user-facing string attribute in
// the portal's pages and components must come from the translator. Read with TypeScript's own parser, so
// the check sees JSX as the compiler does (no regular expressions over markup).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** The files a subject's pages are built from (staff pages stay English and are not listed). */
const PORTAL_FILES = [
  ...walk("app/(portal)"),
  ...walk("app/(embed)"),
  "app/layout.tsx",
  "components/site/site-chrome.tsx",
  "components/portal/organization-brand.tsx",
  "components/requests/portal-request-form.tsx",
  "components/requests/request-sent-notice.tsx",
  "components/requests/request-form-page.tsx",
  "app/not-found.tsx",
  "app/error.tsx",
  "components/requests/request-form.tsx",
  "components/requests/action-form.tsx",
  "components/i18n/language-switcher.tsx",
  "components/ui/alert.tsx",
  "components/ui/field.tsx",
  "components/ui/page-header.tsx",
  "components/ui/button.tsx",
  "components/ui/card.tsx",
];

/** Words that are the same in every language: the product's name. */
const ALLOWED_TEXT = new Set(["Rightsdesk"]);

/** Attributes a person reads or hears. */
const VISIBLE_ATTRIBUTES = new Set([
  "title", "label", "hint", "placeholder", "alt", "aria-label", "eyebrow", "description", "submitLabel", "pendingLabel", "explanation",
]);

function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(path.join(root, file)).isDirectory()) return walk(file);
    return file.endsWith(".tsx") ? [file] : [];
  });
}

function hardCodedText(file: string): string[] {
  return hardCodedTextIn(file, readFileSync(path.join(root, file), "utf8"));
}

function hardCodedTextIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const hasWords = (text: string) => /\p{L}{2,}/u.test(text) && !ALLOWED_TEXT.has(text.trim());
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value) && hasWords(value.text)) found.push(`${node.name.getText(source)}="${value.text}"`);
      if (ts.isJsxExpression(value) && value.expression && (ts.isStringLiteral(value.expression) || ts.isNoSubstitutionTemplateLiteral(value.expression)) && hasWords(value.expression.text)) {
        found.push(`${node.name.getText(source)}={"${value.expression.text}"}`);
      }
    }
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression) {
      const e = node.expression;
      if ((ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && hasWords(e.text)) found.push(`{"${e.text}"}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("portal pages and components", () => {
  it("are found", () => {
    expect(PORTAL_FILES).toContain(path.join("app/(portal)", "[orgSlug]", "status", "[token]", "page.tsx"));
  });

  it.each(PORTAL_FILES)("%s has no hard-coded words in JSX", (file) => {
    expect(hardCodedText(file)).toEqual([]);
  });

  it("the check finds hard-coded words", () => {
    // A check that cannot fail is worse than none: text, a visible attribute and a literal child are caught,
    // translated words and the product's name are not.
    const sample = 'const a = <p title="Hello there" className="x">Hi you<b>{"Some words"}</b>{t("ok")}<i>Rightsdesk</i></p>;';
    expect(hardCodedTextIn("sample.tsx", sample)).toEqual(['title="Hello there"', "Hi you", '{"Some words"}']);
  });
});
