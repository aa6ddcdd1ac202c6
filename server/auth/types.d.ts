import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** The session version the token was issued at; compared with the user's on every request. */
    sv?: number;
    /** The sign-in's id in the sessions registry (user_sessions), checked on every request. */
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    sid?: string;
  }
}
