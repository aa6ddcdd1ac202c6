import { describe, expect, it } from "vitest";
import { emailAddress } from "./schemas";

const longLocal = "a".repeat(64);
// 64 + "@" + 189 = 254, the longest path SMTP allows.
const longDomain = `${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(57)}.com`;

describe("emailAddress", () => {
  it.each([
    ["jane@example.com", "jane@example.com"],
    ["Jane.Doe@Example.COM", "jane.doe@example.com"],
    ["  jane@example.com  ", "jane@example.com"],
    ["jane+orders@example.co.uk", "jane+orders@example.co.uk"],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ["first_last-1@sub.example-shop.fr", "first_last-1@sub.example-shop.fr"],
    ["x@a1.it", "x@a1.it"],
    ["JANE@EXAMPLE.COM", "jane@example.com"],
    ["jane@xn--exmple-cua.com", "jane@xn--exmple-cua.com"],
    ["jane@example.xn--p1ai", "jane@example.xn--p1ai"],
    ["jane@example.com\u00A0", "jane@example.com"],
  ])("accepts %j as %j", (input, normalized) => {
    expect(emailAddress.parse(input)).toBe(normalized);
  });

  it.each([
    ["an empty string", ""],
    ["a comma list", "a@b.co,c@d.co"],
    ["a comma list with a space", "a@b.c, c@d.e"],
    ["a semicolon list", "a@b.co;c@d.co"],
    ["two @", "a@b@example.com"],
    ["a quoted local part", '"jane"@example.com'],
    ["a quoted local part hiding an @", '"a@b.co"@example.com'],
    ["a comment", "jane(comment)@example.com"],
    ["a comment after the domain", "jane@example.com(evil@attacker.co)"],
    ["a display name", "Jane <jane@example.com>"],
    ["angle brackets", "<jane@example.com>"],
    ["a full-width @", "jane＠example.com"],
    ["a full-width dot", "jane@example．com"],
    ["a small @ (U+FE6B)", "jane﹫example.com"],
    ["a Cyrillic а in the local part", "jаne@example.com"],
    ["a Cyrillic о in the domain", "jane@examplе.cоm"],
    ["a Greek ο", "jane@gοοgle.com"],
    ["a zero-width space", "ja\u200Bne@example.com"],
    ["a non-breaking space inside", "jane\u00A0@example.com"],
    ["a Kelvin sign that lower-cases to k", "\u212Aate@example.com"],
    ["a dotless ı", "jane@lınk.com"],
    ["a long s", "ſam@example.com"],
    ["an internationalized domain (unicode)", "jane@exämple.com"],
    ["CRLF header injection", "jane@example.com\r\nBcc: victim@example.com"],
    ["a bare LF", "jane@example.com\nbcc@example.com"],
    ["a bare CR", "jane@example.com\rX"],
    ["a NUL byte", "jane@example.com\u0000"],
    ["a tab inside", "ja\tne@example.com"],
    ["a space inside", "jane doe@example.com"],
    ["a space before the @", "jane @example.com"],
    ["no TLD", "jane@example"],
    ["a one-letter TLD", "jane@example.c"],
    ["a numeric TLD", "jane@example.123"],
    ["an unbracketed IP address", "jane@127.0.0.1"],
    ["a trailing dot", "jane@example.com."],
    ["an empty domain label", "jane@example..com"],
    ["a domain label starting with a hyphen", "jane@-example.com"],
    ["no local part", "@example.com"],
    ["no domain", "jane@"],
    ["no @", "jane.example.com"],
    ["an IP literal", "jane@[127.0.0.1]"],
    ["a backslash escape", "ja\\ne@example.com"],
    ["a percent-routed address", "jane%victim.com@example.com"],
    ["a bang path", "victim.com!jane@example.com"],
    ["a leading dot", ".jane@example.com"],
    ["a trailing dot in the local part", "jane.@example.com"],
    ["consecutive dots in the local part", "ja..ne@example.com"],
    ["a local part over 64 characters", `${longLocal}a@example.com`],
    ["over 254 characters", `${longLocal}@${longDomain}x`],
    ["a 1 MB string", `${"a".repeat(1_000_000)}@example.com`],
  ])("rejects %s", (_, input) => {
    const result = emailAddress.safeParse(input);
    expect(result.success, `${JSON.stringify(input.slice(0, 80))} was accepted as ${JSON.stringify(result.data)}`).toBe(false);
  });

  it("rejects non-strings", () => {
    for (const input of [null, undefined, 42, ["jane@example.com"], { email: "jane@example.com" }]) {
      expect(emailAddress.safeParse(input).success).toBe(false);
    }
  });

  it("accepts the longest valid address and refuses one character more", () => {
    const longest = `${longLocal}@${longDomain}`;
    expect(longest.length).toBe(254);
    expect(emailAddress.parse(longest)).toBe(longest);
    expect(emailAddress.safeParse(`${longLocal}@x${longDomain}`).success).toBe(false);
  });

  it("carries the translation keys the forms show", () => {
    const tooLong = emailAddress.safeParse(`${"a".repeat(250)}@example.com`);
    expect(tooLong.error?.issues[0]?.message).toBe("errors.validation.emailTooLong");
    const invalid = emailAddress.safeParse("a@b.co,c@d.co");
    expect(invalid.error?.issues[0]?.message).toBe("errors.validation.email");
  });
});
