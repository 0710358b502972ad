import { describe, expect, it } from "vitest";
import { sniffFileType } from "./sniff-file-type";
import { attachmentDisposition } from "./content-disposition";
import { checkUploads, cleanFilename, MAX_FILE_BYTES } from "./check-upload";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("sniffFileType", () => {
  it.each([
    ["report.pdf", text("%PDF-1.7\n..."), "application/pdf"],
    ["export.zip", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), "application/zip"],
    ["photo.png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), "image/png"],
    ["photo.JPG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), "image/jpeg"],
    ["photo.jpeg", bytes(0xff, 0xd8, 0xff, 0xdb), "image/jpeg"],
    ["orders.csv", text("id,name\n1,Zoë\n"), "text/csv; charset=utf-8"],
    ["data.json", text('{"a":[1,2,3]}'), "application/json; charset=utf-8"],
    ["data.json", text('\uFEFF{"with":"bom"}'), "application/json; charset=utf-8"],
    ["notes.txt", text("Kia ora — ngā mihi\n"), "text/plain; charset=utf-8"],
  ])("accepts %s as %s", (name, content, contentType) => {
    expect(sniffFileType(name, content)).toMatchObject({ ok: true, contentType });
  });

  it.each([
    ["empty.pdf", new Uint8Array(), /is empty/],
    ["page.html", text("<html></html>"), /not a file type we can send/],
    ["tool.exe", bytes(0x4d, 0x5a, 0x90, 0x00), /not a file type we can send/],
    ["no-extension", text("hello"), /not a file type we can send/],
    ["fake.pdf", text("<script>alert(1)</script>"), /not a file type we can send/],
    ["real-pdf.txt", text("%PDF-1.4 ..."), /contains a PDF, so its name must end in \.pdf/],
    ["archive.csv", bytes(0x50, 0x4b, 0x03, 0x04), /contains a ZIP archive/],
    ["image.png", bytes(0xff, 0xd8, 0xff, 0xe0), /contains a JPEG image, so its name must end in \.jpg or \.jpeg/],
    ["latin1.csv", bytes(0x6e, 0x61, 0xef, 0x76, 0x65), /not plain UTF-8 text/],
    ["nul.txt", bytes(0x61, 0x00, 0x62), /not plain UTF-8 text/],
    ["broken.json", text('{"a": '), /not valid JSON/],
  ])("refuses %s", (name, content, message) => {
    const result = sniffFileType(name, content);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe("checkUploads", () => {
  it("hashes accepted files and names every refused one", () => {
    const ok = checkUploads([{ name: "a.txt", bytes: text("abc") }]);
    expect(ok).toEqual({
      ok: true,
      files: [expect.objectContaining({ filename: "a.txt", size: 3, sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" })],
    });
    const refused = checkUploads([
      { name: "big.pdf", bytes: new Uint8Array(MAX_FILE_BYTES + 1) },
      { name: "x.html", bytes: text("<p>") },
    ]);
    expect(refused).toEqual({ ok: false, errors: [expect.stringMatching(/big\.pdf is 20\.0 MB; each file can be at most 20\.0 MB/), expect.stringMatching(/x\.html/)] });
  });

  it("keeps folder names and control characters out of file names", () => {
    expect(cleanFilename("../../etc/passwd.txt")).toBe("passwd.txt");
    expect(cleanFilename("C:\\Users\\me\\data.csv")).toBe("data.csv");
    expect(cleanFilename('evil"\r\nname.txt')).toBe("evilname.txt");
    expect(cleanFilename("...")).toBe("file");
  });
});

describe("attachmentDisposition", () => {
  it("always says attachment and encodes the name so it cannot break the header", () => {
    expect(attachmentDisposition("data.csv")).toBe(`attachment; filename="data.csv"; filename*=UTF-8''data.csv`);
    expect(attachmentDisposition('a"b;c.txt')).toBe(`attachment; filename="a_b_c.txt"; filename*=UTF-8''a%22b%3Bc.txt`);
    expect(attachmentDisposition("Ngā kōrero.pdf")).toBe(`attachment; filename="Ng_ k_rero.pdf"; filename*=UTF-8''Ng%C4%81%20k%C5%8Drero.pdf`);
  });
});
