import { createHash, randomUUID } from "node:crypto";
import { env } from "@/server/env";
import { DomainError } from "@/server/errors";
import { localStorage } from "./local";
import { s3Storage } from "./s3";

/** Where attachment bytes live. Keys are ours (never a user's file name), so they cannot traverse paths. */
export type ObjectStorage = {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
};

let storage: ObjectStorage | undefined;

/** Local disk under PARCOURS_DATA_DIR by default; an S3-compatible bucket with STORAGE_DRIVER=s3. */
export function getStorage(): ObjectStorage {
  storage ??= env.STORAGE_DRIVER === "s3" ? s3Storage() : localStorage(env.PARCOURS_DATA_DIR);
  return storage;
}

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_MESSAGE = 5;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

// Accepted types and how their first bytes must look: the declared type and extension are never trusted alone.
const kinds: { type: string; extensions: string[]; matches: (b: Uint8Array) => boolean }[] = [
  { type: "image/png", extensions: ["png"], matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: "image/jpeg", extensions: ["jpg", "jpeg"], matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { type: "image/gif", extensions: ["gif"], matches: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) },
  { type: "image/webp", extensions: ["webp"], matches: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8) },
  { type: "application/pdf", extensions: ["pdf"], matches: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { type: "text/plain", extensions: ["txt", "log", "csv"], matches: isPlainText },
];

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
    // A "text" file that is really markup would render as a page if anything ever served it inline.
    return !/<\s*(script|html|svg|iframe|object)/i.test(text);
  } catch {
    return false;
  }
}

/** Strips paths and control characters and keeps a short, readable name for the download. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").trim().slice(0, 120);
  return cleaned && !/^\.+$/.test(cleaned) ? cleaned : "attachment";
}

export type CheckedUpload = { fileName: string; contentType: string; bytes: Uint8Array; sha256: string };

/** Size, type and magic-byte checks; throws cases.attachmentRejected. */
export function checkUpload(file: { name: string; bytes: Uint8Array }): CheckedUpload {
  if (file.bytes.byteLength === 0 || file.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new DomainError("cases.attachmentRejected", { reason: "size" });
  const fileName = safeFileName(file.name);
  const extension = fileName.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "";
  const kind = kinds.find((k) => k.extensions.includes(extension));
  if (!kind || !kind.matches(file.bytes)) throw new DomainError("cases.attachmentRejected", { reason: "type" });
  return { fileName, contentType: kind.type, bytes: file.bytes, sha256: createHash("sha256").update(file.bytes).digest("hex") };
}

export function newStorageKey(prefix: string): string {
  return `${prefix}/${randomUUID()}`;
}
