import type { ObjectStorage } from "./index";

/**
 * S3-compatible storage is selected with STORAGE_DRIVER=s3 and S3_ENDPOINT, S3_BUCKET, S3_REGION,
 * S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY. No S3 SDK is installed yet (@aws-sdk/client-s3 would be the
 * choice, with forcePathStyle for MinIO), so this adapter refuses to start rather than pretend:
 * the interface is the one local.ts implements, and an adapter only needs put/get/delete.
 */
export function s3Storage(): ObjectStorage {
  throw new Error("STORAGE_DRIVER=s3 needs @aws-sdk/client-s3, which is not installed: use the local driver or add the SDK (see server/storage/s3.ts)");
}
