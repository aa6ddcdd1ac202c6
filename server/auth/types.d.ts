import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** The session version the token was issued at; compared with the user's on every request. */
    sv?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}
