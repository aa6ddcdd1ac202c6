/** The same server and credentials, another database. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Names we create ourselves; still checked, because they are spliced into CREATE/DROP DATABASE. */
export function quoteDatabaseName(name: string): string {
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`refusing database name ${JSON.stringify(name)}`);
  return `"${name}"`;
}
